
use builtin;
use str;

set edit:completion:arg-completer[efsctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'efsctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'efsctl'= {
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a file system, by default with a mount target in every default subnet'
            cand ls 'List file systems'
            cand describe 'Show a file system with its mount targets and access points'
            cand delete 'Delete file systems (--force removes what they depend on first)'
            cand tune 'Change the throughput mode or provisioned throughput, with the cost difference; --recommend: replay the history under each mode and name the cheapest that keeps up'
            cand cost 'What file systems cost this month and will by its end, and what would save money'
            cand simulate 'Simulate a workload (TOML) in each throughput mode: time, throttling, credits, cost'
            cand mount-target 'Mount targets: ls, create, delete, sg'
            cand access-point 'Access points: ls, create, delete'
            cand sg 'Security groups for NFS access to mount targets'
            cand lifecycle 'Lifecycle transitions to IA and Archive: get, set, clear'
            cand policy 'File-system policy: get, set (file or presets), delete'
            cand backup 'Automatic backups: get, enable, disable'
            cand replication 'Replication: ls, create, delete'
            cand mount 'Mount a file system (locally: served by the emulator over FUSE; on AWS: NFS / efs-utils)'
            cand umount 'Unmount a directory mounted with `efsctl mount`'
            cand mounts 'List mounts made with `efsctl mount`'
            cand metrics 'CloudWatch metrics of a file system: throughput, credits, IOPS, connections'
            cand credits 'Burst credits: balance, baseline and burst rates, and when they run out or refill'
            cand dash 'Live dashboard: every file system''s throughput, credits, IOPS and tiering; Enter for one in depth'
            cand watch 'One line per file system per interval (throughput against permitted, credits, IOPS); --check: what needs attention now or soon, exit 1 if anything (for cron and CI)'
            cand doctor 'Why a mount fails: every check from the mount target to the policy, with the fix'
            cand k8s 'Kubernetes: EFS CSI manifests, and what a pod can do on the volume'
            cand alarm 'CloudWatch alarms on a file system: create from presets, list with states, delete'
            cand tag 'Add or replace tags: efsctl tag FS KEY=VALUE…'
            cand untag 'Remove tags: efsctl untag FS KEY…'
            cand emulator 'Run and control the local emulator'
            cand completions 'Print shell completions (bash, zsh, fish, powershell, elvish)'
            cand man 'Print the man page (roff), or write every page (one per subcommand) to a directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'efsctl;create'= {
            cand --performance-mode 'performance-mode'
            cand --throughput-mode 'throughput-mode'
            cand --provisioned 'Provisioned throughput in MiB/s (1–3414), with --throughput-mode provisioned'
            cand --one-zone 'Create a One Zone file system in this Availability Zone'
            cand --encrypted 'Encrypt at rest (default on; --encrypted=false turns it off)'
            cand --kms-key 'KMS key id, alias/NAME or ARN (default: the AWS-managed key)'
            cand --tag 'Tag KEY=VALUE (repeat)'
            cand --creation-token 'Idempotency token (default: a new one per call)'
            cand --ia 'Move files to Infrequent Access after this many days without access (e.g. 30d)'
            cand --archive 'Move files to Archive after this many days without access (Elastic throughput only)'
            cand --mount-targets 'Where to create mount targets: all (every default subnet), none, or a comma list of AZs'
            cand --subnet 'Create mount targets in these subnets instead (repeat)'
            cand --security-group 'Security groups for the mount targets, comma-separated or repeated (default: an `efsctl-nfs` group admitting NFS from the VPC''s default group)'
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand --backup 'Turn on automatic backups'
            cand --back-on-access 'Move files back to Standard on their first access'
            cand --wait 'Wait until the file system and its mount targets are available'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;ls'= {
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;describe'= {
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;delete'= {
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand --force 'Also delete replication, access points and mount targets first'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;tune'= {
            cand --throughput-mode 'throughput-mode'
            cand --provisioned 'Provisioned throughput in MiB/s (1–3414)'
            cand --days 'Days of history --recommend replays (CloudWatch keeps 1-minute data 15 days)'
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand --dry-run 'Show the change and its cost without making it'
            cand --recommend 'Replay the file system''s metrics under Bursting, Elastic and the smallest Provisioned amount that keeps up; recommend the cheapest that would not have throttled'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;cost'= {
            cand --days 'Days of history the findings look back over (CloudWatch keeps 5-minute data 63 days)'
            cand --idle-days 'Report a file system idle after this many days without a client connection'
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand --all 'Every file system in the region'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;simulate'= {
            cand --set 'Change a value of the file, e.g. --set phase.0.clients=16 --set file_system.credits=1TiB'
            cand --step 'Simulated time per step (10ms to 1h)'
            cand --svg 'Also draw the charts (data moved per mode, Bursting''s credits) into this SVG file'
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;mount-target'= {
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand ls 'List the mount targets of a file system'
            cand create 'Create a mount target (default: the default subnet of --az, or of the first AZ without one)'
            cand delete 'Delete mount targets'
            cand sg 'Show or replace (--set) the security groups of a mount target'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'efsctl;mount-target;ls'= {
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;mount-target;create'= {
            cand --subnet 'subnet'
            cand --az 'Availability Zone whose default subnet to use'
            cand --ip 'IPv4 address in the subnet (default: the next free one)'
            cand --security-group 'Security groups (comma-separated or repeated; default: efsctl-nfs)'
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;mount-target;delete'= {
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;mount-target;sg'= {
            cand --set 'The new security groups (comma-separated or repeated; up to 5)'
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;mount-target;help'= {
            cand ls 'List the mount targets of a file system'
            cand create 'Create a mount target (default: the default subnet of --az, or of the first AZ without one)'
            cand delete 'Delete mount targets'
            cand sg 'Show or replace (--set) the security groups of a mount target'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'efsctl;mount-target;help;ls'= {
        }
        &'efsctl;mount-target;help;create'= {
        }
        &'efsctl;mount-target;help;delete'= {
        }
        &'efsctl;mount-target;help;sg'= {
        }
        &'efsctl;mount-target;help;help'= {
        }
        &'efsctl;access-point'= {
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand ls 'List the access points of a file system'
            cand create 'Create an access point with an enforced identity and root directory'
            cand delete 'Delete access points'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'efsctl;access-point;ls'= {
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;access-point;create'= {
            cand --name 'name'
            cand --uid 'Enforced user id'
            cand --gid 'Enforced group id'
            cand --secondary-gids 'Enforced secondary group ids, comma-separated'
            cand --path 'Root directory the access point exposes'
            cand --owner-uid 'Owner of the root directory if EFS creates it'
            cand --owner-gid 'owner-gid'
            cand --permissions 'Mode of the root directory if EFS creates it, e.g. 0755'
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;access-point;delete'= {
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;access-point;help'= {
            cand ls 'List the access points of a file system'
            cand create 'Create an access point with an enforced identity and root directory'
            cand delete 'Delete access points'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'efsctl;access-point;help;ls'= {
        }
        &'efsctl;access-point;help;create'= {
        }
        &'efsctl;access-point;help;delete'= {
        }
        &'efsctl;access-point;help;help'= {
        }
        &'efsctl;sg'= {
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand setup 'Make every mount target of FS admit NFS (TCP 2049) from a client group or CIDR'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'efsctl;sg;setup'= {
            cand --client-sg 'Security group of the clients (default: the VPC''s default group)'
            cand --cidr 'Admit clients from this CIDR block instead'
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;sg;help'= {
            cand setup 'Make every mount target of FS admit NFS (TCP 2049) from a client group or CIDR'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'efsctl;sg;help;setup'= {
        }
        &'efsctl;sg;help;help'= {
        }
        &'efsctl;lifecycle'= {
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand get 'Show the lifecycle transitions'
            cand set 'Set the lifecycle transitions (replaces the configuration)'
            cand status 'Bytes and files per storage class, what moves in the next 1/7/30 days, monthly cost'
            cand clear 'Remove every transition'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'efsctl;lifecycle;get'= {
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;lifecycle;set'= {
            cand --ia 'Move files to Infrequent Access after this many days without access (e.g. 30d)'
            cand --archive 'Move files to Archive after this many days without access (Elastic throughput only)'
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand --back-on-access 'Move files back to Standard on their first access'
            cand --dry-run 'Show what the policy would move and cost (like `lifecycle status`) without setting it'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;lifecycle;status'= {
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;lifecycle;clear'= {
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;lifecycle;help'= {
            cand get 'Show the lifecycle transitions'
            cand set 'Set the lifecycle transitions (replaces the configuration)'
            cand status 'Bytes and files per storage class, what moves in the next 1/7/30 days, monthly cost'
            cand clear 'Remove every transition'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'efsctl;lifecycle;help;get'= {
        }
        &'efsctl;lifecycle;help;set'= {
        }
        &'efsctl;lifecycle;help;status'= {
        }
        &'efsctl;lifecycle;help;clear'= {
        }
        &'efsctl;lifecycle;help;help'= {
        }
        &'efsctl;policy'= {
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand get 'Print the file-system policy'
            cand set 'Set the policy from a file or presets'
            cand delete 'Remove the policy'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'efsctl;policy;get'= {
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;policy;set'= {
            cand --file 'Policy JSON file (- for stdin)'
            cand --preset 'Presets, comma-separated: enforce-tls, deny-anonymous, read-only'
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand --bypass-lockout-check 'Apply a policy even if it denies everyone later policy changes (EFS''s lockout check)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;policy;delete'= {
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;policy;help'= {
            cand get 'Print the file-system policy'
            cand set 'Set the policy from a file or presets'
            cand delete 'Remove the policy'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'efsctl;policy;help;get'= {
        }
        &'efsctl;policy;help;set'= {
        }
        &'efsctl;policy;help;delete'= {
        }
        &'efsctl;policy;help;help'= {
        }
        &'efsctl;backup'= {
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand get 'Show whether automatic backups are on'
            cand enable 'enable'
            cand disable 'disable'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'efsctl;backup;get'= {
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;backup;enable'= {
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;backup;disable'= {
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;backup;help'= {
            cand get 'Show whether automatic backups are on'
            cand enable 'enable'
            cand disable 'disable'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'efsctl;backup;help;get'= {
        }
        &'efsctl;backup;help;enable'= {
        }
        &'efsctl;backup;help;disable'= {
        }
        &'efsctl;backup;help;help'= {
        }
        &'efsctl;replication'= {
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand ls 'List replication configurations (of one file system, or all in the region)'
            cand create 'Replicate a file system to another region, AZ or existing file system'
            cand delete 'Delete the replication configuration of a source or destination file system'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'efsctl;replication;ls'= {
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;replication;create'= {
            cand --to-region 'Destination region (default: the same region)'
            cand --to-az 'Destination One Zone Availability Zone'
            cand --to-file-system 'Existing destination file system id (its overwrite protection must be off)'
            cand --kms-key 'kms-key'
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;replication;delete'= {
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;replication;help'= {
            cand ls 'List replication configurations (of one file system, or all in the region)'
            cand create 'Replicate a file system to another region, AZ or existing file system'
            cand delete 'Delete the replication configuration of a source or destination file system'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'efsctl;replication;help;ls'= {
        }
        &'efsctl;replication;help;create'= {
        }
        &'efsctl;replication;help;delete'= {
        }
        &'efsctl;replication;help;help'= {
        }
        &'efsctl;mount'= {
            cand --access-point 'Mount through this access point (id or ARN)'
            cand --az 'Availability Zone of the client (default: the first AZ with a mount target; on AWS, the instance''s)'
            cand --client-sg 'Security group of the client (default: the VPC''s default group)'
            cand --mount-target-ip 'Mount the mount target at this address instead of its DNS name (a VPC without DNS, a peered VPC); it must be the mount target of the client''s AZ'
            cand --timeout 'Give up on a mount that has not completed after this long, e.g. 30s, 2m (nothing is left half-mounted; the error names the first failing `efsctl doctor` check)'
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand --read-only 'Mount read-only (as `mount -o ro`)'
            cand --tls 'Encrypt in transit (TLS), as `mount -t efs -o tls`'
            cand --iam 'Authenticate with IAM, as `mount -t efs -o iam`'
            cand --allow-other 'Local backend: let other local users use the mount, as they could an NFS mount (FUSE''s allow_other: root, or user_allow_other in /etc/fuse.conf)'
            cand --no-preflight 'Local backend: skip the emulator''s network checks, so a blocked mount behaves as a real one does (no answer until --timeout)'
            cand --print 'AWS backend: print the mount command instead of running it'
            cand --persist 'AWS backend: also add the mount to /etc/fstab (with _netdev)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;umount'= {
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;mounts'= {
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;metrics'= {
            cand --since 'How far back, e.g. 30m, 3h, 2d'
            cand --period 'Datapoint period, a multiple of 1m'
            cand --metric 'Only these metrics (repeat), e.g. --metric BurstCreditBalance'
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;credits'= {
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;dash'= {
            cand --interval 'How often to poll the APIs, e.g. 5s, 1m; at least 1s (default: 5s locally, 1m on aws, CloudWatch''s resolution: every poll is billed there)'
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;watch'= {
            cand --interval 'Time between lines, e.g. 1m, 30s; at least 1s (default: 1m, CloudWatch''s resolution)'
            cand --horizon 'With --check: how far ahead to look at the current rates, e.g. 24h, 7d'
            cand --count 'Stop after this many rounds (default: until interrupted)'
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand --all 'Every file system (the default when none is named)'
            cand --check 'Print only what needs attention now or within --horizon, and exit 1 if anything does'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;doctor'= {
            cand --az 'The client''s Availability Zone'
            cand --subnet 'The client''s subnet (its AZ, VPC and network ACL)'
            cand --instance 'The client instance (its subnet, address and security groups; aws backend)'
            cand --client-sg 'The client''s security groups (repeat for several)'
            cand --cidr 'The client''s address block, e.g. 10.0.1.0/24 or 10.0.1.7/32'
            cand --access-point 'The access point the client mounts through'
            cand --uid 'The user who will write (with --gid)'
            cand --gid 'gid'
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand --tls 'The mount will use TLS'
            cand --iam 'The mount will authenticate with IAM'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;k8s'= {
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand manifests 'Manifests for the EFS CSI driver: a static PersistentVolume and claim (of the file system, an access point or a path), or a StorageClass for access-point provisioning'
            cand check 'What a pod (Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job or CronJob YAML) will and will not be able to do on the volume — read, write, chown — and why'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'efsctl;k8s;manifests'= {
            cand --access-point 'A static volume through this access point (volumeHandle fs-…::fsap-…)'
            cand --path 'A static volume of this directory (volumeHandle fs-…:/path)'
            cand --namespace 'Namespace of the claim'
            cand --name 'Name of the objects (default: efs-NAME)'
            cand --size 'Requested size (EFS does not enforce it; Kubernetes needs one)'
            cand --uid-range 'With --dynamic: the POSIX ids the driver gives access points, e.g. 50000-60000'
            cand --base-path 'With --dynamic: where access points'' directories go, e.g. /dynamic_provisioning'
            cand --directory-perms 'With --dynamic: the mode of each new directory'
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand --dynamic 'A StorageClass whose claims each get an access point (provisioningMode efs-ap)'
            cand --tls 'Mount with TLS (mountOptions: tls)'
            cand --iam 'Mount with IAM (mountOptions: iam)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;k8s;check'= {
            cand --pod 'The workload''s YAML'
            cand --access-point 'The access point its volume mounts through'
            cand --subnet 'The cluster nodes'' subnet: adds `efsctl doctor`''s network checks for the nodes'
            cand --node-sg 'The nodes'' security groups (repeat for several), for the network checks'
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand --trial 'Local backend, as root: mount the volume and try the reads, writes and chowns as the pod''s users'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;k8s;help'= {
            cand manifests 'Manifests for the EFS CSI driver: a static PersistentVolume and claim (of the file system, an access point or a path), or a StorageClass for access-point provisioning'
            cand check 'What a pod (Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job or CronJob YAML) will and will not be able to do on the volume — read, write, chown — and why'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'efsctl;k8s;help;manifests'= {
        }
        &'efsctl;k8s;help;check'= {
        }
        &'efsctl;k8s;help;help'= {
        }
        &'efsctl;alarm'= {
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a CloudWatch alarm on a file system from a preset of AWS''s guidance'
            cand ls 'List the alarms on EFS metrics (of one file system, or all) with their states'
            cand delete 'Delete alarms by name'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'efsctl;alarm;create'= {
            cand --preset 'What to watch'
            cand --threshold 'Threshold in the preset''s unit: credits-low GiB of credits (default: an hour of bursting), throughput-saturated percent of permitted (90), io-limit percent (100), storage-growth GiB per day (50)'
            cand --periods 'Periods in a row that must breach (one minute each; one hour for storage-growth)'
            cand --action 'ARN to notify or act on when the alarm fires (an SNS topic, …); repeat for several'
            cand --name 'Alarm name (default: efsctl-FS-PRESET)'
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;alarm;ls'= {
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;alarm;delete'= {
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;alarm;help'= {
            cand create 'Create a CloudWatch alarm on a file system from a preset of AWS''s guidance'
            cand ls 'List the alarms on EFS metrics (of one file system, or all) with their states'
            cand delete 'Delete alarms by name'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'efsctl;alarm;help;create'= {
        }
        &'efsctl;alarm;help;ls'= {
        }
        &'efsctl;alarm;help;delete'= {
        }
        &'efsctl;alarm;help;help'= {
        }
        &'efsctl;tag'= {
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;untag'= {
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;emulator'= {
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand serve 'Run the emulator in the foreground (Ctrl-C stops it)'
            cand start 'Start the emulator in the background and print its endpoint'
            cand stop 'Stop the background emulator'
            cand status 'Show whether the emulator runs, its endpoint, pid and data dir'
            cand reset 'Delete every emulated resource (file systems, networks return to their defaults)'
            cand clock 'Show or move the emulator''s virtual clock (lifecycle ages, credits, the 24-hour rule)'
            cand credits 'Set a file system''s burst-credit balance, e.g. to rehearse running out of credits'
            cand sweep 'Apply lifecycle policies now: move due files to IA or Archive (the daemon also does this every second, a little at a time)'
            cand fault 'Inject faults to rehearse failures: an AZ outage, a mount target down, API throttling, I/O errors, latency, a full file system'
            cand fsck 'Check a file system''s stored data for inconsistencies (link counts, orphans, data files)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'efsctl;emulator;serve'= {
            cand --addr 'Address to listen on (port 0 picks a free port)'
            cand --create-delay 'How long new resources stay `creating` and deleted ones `deleting`, e.g. 3s, 500ms'
            cand --credentials 'Require requests signed (SigV4) with a key pair from this file (AWS credentials-file format; every profile''s keys are accepted)'
            cand --allow-host 'Accept requests addressed to this host name too (besides localhost and IP addresses), e.g. a container''s service name; repeatable'
            cand --allow-origin 'Accept requests from web pages of this origin (e.g. http://localhost:3000, or *); repeatable'
            cand --data-dir 'Directory for the emulator''s state and log [env: EFSCTL_DATA_DIR]'
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand --allow-remote 'Listen on non-loopback addresses too (requests must then be signed with --credentials'' keys)'
            cand --verify-signatures 'Require signed requests on loopback too (keys from --credentials, else AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)'
            cand --insecure-no-auth 'With --allow-remote: accept unsigned requests from anyone who can reach the port'
            cand --no-throughput-limits 'Never delay reads and writes of mounts (credits and metrics still follow the model): for fast local tests, or measuring the data plane itself'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;emulator;start'= {
            cand --addr 'Address to listen on (port 0 picks a free port)'
            cand --create-delay 'How long new resources stay `creating` and deleted ones `deleting`, e.g. 3s, 500ms'
            cand --credentials 'Require requests signed (SigV4) with a key pair from this file (AWS credentials-file format; every profile''s keys are accepted)'
            cand --allow-host 'Accept requests addressed to this host name too (besides localhost and IP addresses), e.g. a container''s service name; repeatable'
            cand --allow-origin 'Accept requests from web pages of this origin (e.g. http://localhost:3000, or *); repeatable'
            cand --data-dir 'Directory for the emulator''s state and log [env: EFSCTL_DATA_DIR]'
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand --allow-remote 'Listen on non-loopback addresses too (requests must then be signed with --credentials'' keys)'
            cand --verify-signatures 'Require signed requests on loopback too (keys from --credentials, else AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)'
            cand --insecure-no-auth 'With --allow-remote: accept unsigned requests from anyone who can reach the port'
            cand --no-throughput-limits 'Never delay reads and writes of mounts (credits and metrics still follow the model): for fast local tests, or measuring the data plane itself'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;emulator;stop'= {
            cand --data-dir 'Directory for the emulator''s state and log [env: EFSCTL_DATA_DIR]'
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;emulator;status'= {
            cand --data-dir 'Directory for the emulator''s state and log [env: EFSCTL_DATA_DIR]'
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;emulator;reset'= {
            cand --data-dir 'Directory for the emulator''s state and log [env: EFSCTL_DATA_DIR]'
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;emulator;clock'= {
            cand --advance 'Jump forward, e.g. 36h, 30d'
            cand --speed 'Virtual seconds per real second from now on, e.g. 60'
            cand --data-dir 'Directory for the emulator''s state and log [env: EFSCTL_DATA_DIR]'
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand --reset 'Back to real speed (time stays where it is when ahead)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;emulator;credits'= {
            cand --set 'New balance: bytes, or with a unit (500MiB, 1.5TiB)'
            cand --data-dir 'Directory for the emulator''s state and log [env: EFSCTL_DATA_DIR]'
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;emulator;sweep'= {
            cand --data-dir 'Directory for the emulator''s state and log [env: EFSCTL_DATA_DIR]'
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;emulator;fault'= {
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a fault: `az-outage us-east-1a`, `mount-target-down fsmt-…`, `throttle [efs|ec2|cloudwatch] --rate 0.5`, `io-error FS --rate 0.1`, `latency FS --latency 200ms`, `no-space FS`'
            cand ls 'List the faults in force'
            cand clear 'End a fault (or every fault with --all); service comes back with nothing lost'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'efsctl;emulator;fault;add'= {
            cand --rate 'Share of calls or I/Os it hits, from 0 (exclusive) to 1 (default 1)'
            cand --latency 'Extra time per read or write (latency faults), e.g. 200ms'
            cand --data-dir 'Directory for the emulator''s state and log [env: EFSCTL_DATA_DIR]'
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;emulator;fault;ls'= {
            cand --data-dir 'Directory for the emulator''s state and log [env: EFSCTL_DATA_DIR]'
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;emulator;fault;clear'= {
            cand --data-dir 'Directory for the emulator''s state and log [env: EFSCTL_DATA_DIR]'
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand --all 'all'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;emulator;fault;help'= {
            cand add 'Add a fault: `az-outage us-east-1a`, `mount-target-down fsmt-…`, `throttle [efs|ec2|cloudwatch] --rate 0.5`, `io-error FS --rate 0.1`, `latency FS --latency 200ms`, `no-space FS`'
            cand ls 'List the faults in force'
            cand clear 'End a fault (or every fault with --all); service comes back with nothing lost'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'efsctl;emulator;fault;help;add'= {
        }
        &'efsctl;emulator;fault;help;ls'= {
        }
        &'efsctl;emulator;fault;help;clear'= {
        }
        &'efsctl;emulator;fault;help;help'= {
        }
        &'efsctl;emulator;fsck'= {
            cand --data-dir 'Directory for the emulator''s state and log [env: EFSCTL_DATA_DIR]'
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;emulator;help'= {
            cand serve 'Run the emulator in the foreground (Ctrl-C stops it)'
            cand start 'Start the emulator in the background and print its endpoint'
            cand stop 'Stop the background emulator'
            cand status 'Show whether the emulator runs, its endpoint, pid and data dir'
            cand reset 'Delete every emulated resource (file systems, networks return to their defaults)'
            cand clock 'Show or move the emulator''s virtual clock (lifecycle ages, credits, the 24-hour rule)'
            cand credits 'Set a file system''s burst-credit balance, e.g. to rehearse running out of credits'
            cand sweep 'Apply lifecycle policies now: move due files to IA or Archive (the daemon also does this every second, a little at a time)'
            cand fault 'Inject faults to rehearse failures: an AZ outage, a mount target down, API throttling, I/O errors, latency, a full file system'
            cand fsck 'Check a file system''s stored data for inconsistencies (link counts, orphans, data files)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'efsctl;emulator;help;serve'= {
        }
        &'efsctl;emulator;help;start'= {
        }
        &'efsctl;emulator;help;stop'= {
        }
        &'efsctl;emulator;help;status'= {
        }
        &'efsctl;emulator;help;reset'= {
        }
        &'efsctl;emulator;help;clock'= {
        }
        &'efsctl;emulator;help;credits'= {
        }
        &'efsctl;emulator;help;sweep'= {
        }
        &'efsctl;emulator;help;fault'= {
            cand add 'Add a fault: `az-outage us-east-1a`, `mount-target-down fsmt-…`, `throttle [efs|ec2|cloudwatch] --rate 0.5`, `io-error FS --rate 0.1`, `latency FS --latency 200ms`, `no-space FS`'
            cand ls 'List the faults in force'
            cand clear 'End a fault (or every fault with --all); service comes back with nothing lost'
        }
        &'efsctl;emulator;help;fault;add'= {
        }
        &'efsctl;emulator;help;fault;ls'= {
        }
        &'efsctl;emulator;help;fault;clear'= {
        }
        &'efsctl;emulator;help;fsck'= {
        }
        &'efsctl;emulator;help;help'= {
        }
        &'efsctl;completions'= {
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;man'= {
            cand --dir 'Write efsctl.1 and an efsctl-SUBCOMMAND.1 page per subcommand here'
            cand --backend 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]'
            cand --profile 'AWS profile (aws backend) [env: EFSCTL_PROFILE]'
            cand --region 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]'
            cand --endpoint-url 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]'
            cand -o 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --output 'Output format [env: EFSCTL_OUTPUT] [default: table]'
            cand --query 'Filter JSON output with a JMESPath expression (as `aws --query`)'
            cand -q 'Print only ids, one per line'
            cand --quiet 'Print only ids, one per line'
            cand --no-progress 'Never show progress bars'
            cand -v 'More diagnostics on stderr (repeat for more)'
            cand --verbose 'More diagnostics on stderr (repeat for more)'
            cand --no-color 'No colour in output'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'efsctl;help'= {
            cand create 'Create a file system, by default with a mount target in every default subnet'
            cand ls 'List file systems'
            cand describe 'Show a file system with its mount targets and access points'
            cand delete 'Delete file systems (--force removes what they depend on first)'
            cand tune 'Change the throughput mode or provisioned throughput, with the cost difference; --recommend: replay the history under each mode and name the cheapest that keeps up'
            cand cost 'What file systems cost this month and will by its end, and what would save money'
            cand simulate 'Simulate a workload (TOML) in each throughput mode: time, throttling, credits, cost'
            cand mount-target 'Mount targets: ls, create, delete, sg'
            cand access-point 'Access points: ls, create, delete'
            cand sg 'Security groups for NFS access to mount targets'
            cand lifecycle 'Lifecycle transitions to IA and Archive: get, set, clear'
            cand policy 'File-system policy: get, set (file or presets), delete'
            cand backup 'Automatic backups: get, enable, disable'
            cand replication 'Replication: ls, create, delete'
            cand mount 'Mount a file system (locally: served by the emulator over FUSE; on AWS: NFS / efs-utils)'
            cand umount 'Unmount a directory mounted with `efsctl mount`'
            cand mounts 'List mounts made with `efsctl mount`'
            cand metrics 'CloudWatch metrics of a file system: throughput, credits, IOPS, connections'
            cand credits 'Burst credits: balance, baseline and burst rates, and when they run out or refill'
            cand dash 'Live dashboard: every file system''s throughput, credits, IOPS and tiering; Enter for one in depth'
            cand watch 'One line per file system per interval (throughput against permitted, credits, IOPS); --check: what needs attention now or soon, exit 1 if anything (for cron and CI)'
            cand doctor 'Why a mount fails: every check from the mount target to the policy, with the fix'
            cand k8s 'Kubernetes: EFS CSI manifests, and what a pod can do on the volume'
            cand alarm 'CloudWatch alarms on a file system: create from presets, list with states, delete'
            cand tag 'Add or replace tags: efsctl tag FS KEY=VALUE…'
            cand untag 'Remove tags: efsctl untag FS KEY…'
            cand emulator 'Run and control the local emulator'
            cand completions 'Print shell completions (bash, zsh, fish, powershell, elvish)'
            cand man 'Print the man page (roff), or write every page (one per subcommand) to a directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'efsctl;help;create'= {
        }
        &'efsctl;help;ls'= {
        }
        &'efsctl;help;describe'= {
        }
        &'efsctl;help;delete'= {
        }
        &'efsctl;help;tune'= {
        }
        &'efsctl;help;cost'= {
        }
        &'efsctl;help;simulate'= {
        }
        &'efsctl;help;mount-target'= {
            cand ls 'List the mount targets of a file system'
            cand create 'Create a mount target (default: the default subnet of --az, or of the first AZ without one)'
            cand delete 'Delete mount targets'
            cand sg 'Show or replace (--set) the security groups of a mount target'
        }
        &'efsctl;help;mount-target;ls'= {
        }
        &'efsctl;help;mount-target;create'= {
        }
        &'efsctl;help;mount-target;delete'= {
        }
        &'efsctl;help;mount-target;sg'= {
        }
        &'efsctl;help;access-point'= {
            cand ls 'List the access points of a file system'
            cand create 'Create an access point with an enforced identity and root directory'
            cand delete 'Delete access points'
        }
        &'efsctl;help;access-point;ls'= {
        }
        &'efsctl;help;access-point;create'= {
        }
        &'efsctl;help;access-point;delete'= {
        }
        &'efsctl;help;sg'= {
            cand setup 'Make every mount target of FS admit NFS (TCP 2049) from a client group or CIDR'
        }
        &'efsctl;help;sg;setup'= {
        }
        &'efsctl;help;lifecycle'= {
            cand get 'Show the lifecycle transitions'
            cand set 'Set the lifecycle transitions (replaces the configuration)'
            cand status 'Bytes and files per storage class, what moves in the next 1/7/30 days, monthly cost'
            cand clear 'Remove every transition'
        }
        &'efsctl;help;lifecycle;get'= {
        }
        &'efsctl;help;lifecycle;set'= {
        }
        &'efsctl;help;lifecycle;status'= {
        }
        &'efsctl;help;lifecycle;clear'= {
        }
        &'efsctl;help;policy'= {
            cand get 'Print the file-system policy'
            cand set 'Set the policy from a file or presets'
            cand delete 'Remove the policy'
        }
        &'efsctl;help;policy;get'= {
        }
        &'efsctl;help;policy;set'= {
        }
        &'efsctl;help;policy;delete'= {
        }
        &'efsctl;help;backup'= {
            cand get 'Show whether automatic backups are on'
            cand enable 'enable'
            cand disable 'disable'
        }
        &'efsctl;help;backup;get'= {
        }
        &'efsctl;help;backup;enable'= {
        }
        &'efsctl;help;backup;disable'= {
        }
        &'efsctl;help;replication'= {
            cand ls 'List replication configurations (of one file system, or all in the region)'
            cand create 'Replicate a file system to another region, AZ or existing file system'
            cand delete 'Delete the replication configuration of a source or destination file system'
        }
        &'efsctl;help;replication;ls'= {
        }
        &'efsctl;help;replication;create'= {
        }
        &'efsctl;help;replication;delete'= {
        }
        &'efsctl;help;mount'= {
        }
        &'efsctl;help;umount'= {
        }
        &'efsctl;help;mounts'= {
        }
        &'efsctl;help;metrics'= {
        }
        &'efsctl;help;credits'= {
        }
        &'efsctl;help;dash'= {
        }
        &'efsctl;help;watch'= {
        }
        &'efsctl;help;doctor'= {
        }
        &'efsctl;help;k8s'= {
            cand manifests 'Manifests for the EFS CSI driver: a static PersistentVolume and claim (of the file system, an access point or a path), or a StorageClass for access-point provisioning'
            cand check 'What a pod (Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job or CronJob YAML) will and will not be able to do on the volume — read, write, chown — and why'
        }
        &'efsctl;help;k8s;manifests'= {
        }
        &'efsctl;help;k8s;check'= {
        }
        &'efsctl;help;alarm'= {
            cand create 'Create a CloudWatch alarm on a file system from a preset of AWS''s guidance'
            cand ls 'List the alarms on EFS metrics (of one file system, or all) with their states'
            cand delete 'Delete alarms by name'
        }
        &'efsctl;help;alarm;create'= {
        }
        &'efsctl;help;alarm;ls'= {
        }
        &'efsctl;help;alarm;delete'= {
        }
        &'efsctl;help;tag'= {
        }
        &'efsctl;help;untag'= {
        }
        &'efsctl;help;emulator'= {
            cand serve 'Run the emulator in the foreground (Ctrl-C stops it)'
            cand start 'Start the emulator in the background and print its endpoint'
            cand stop 'Stop the background emulator'
            cand status 'Show whether the emulator runs, its endpoint, pid and data dir'
            cand reset 'Delete every emulated resource (file systems, networks return to their defaults)'
            cand clock 'Show or move the emulator''s virtual clock (lifecycle ages, credits, the 24-hour rule)'
            cand credits 'Set a file system''s burst-credit balance, e.g. to rehearse running out of credits'
            cand sweep 'Apply lifecycle policies now: move due files to IA or Archive (the daemon also does this every second, a little at a time)'
            cand fault 'Inject faults to rehearse failures: an AZ outage, a mount target down, API throttling, I/O errors, latency, a full file system'
            cand fsck 'Check a file system''s stored data for inconsistencies (link counts, orphans, data files)'
        }
        &'efsctl;help;emulator;serve'= {
        }
        &'efsctl;help;emulator;start'= {
        }
        &'efsctl;help;emulator;stop'= {
        }
        &'efsctl;help;emulator;status'= {
        }
        &'efsctl;help;emulator;reset'= {
        }
        &'efsctl;help;emulator;clock'= {
        }
        &'efsctl;help;emulator;credits'= {
        }
        &'efsctl;help;emulator;sweep'= {
        }
        &'efsctl;help;emulator;fault'= {
            cand add 'Add a fault: `az-outage us-east-1a`, `mount-target-down fsmt-…`, `throttle [efs|ec2|cloudwatch] --rate 0.5`, `io-error FS --rate 0.1`, `latency FS --latency 200ms`, `no-space FS`'
            cand ls 'List the faults in force'
            cand clear 'End a fault (or every fault with --all); service comes back with nothing lost'
        }
        &'efsctl;help;emulator;fault;add'= {
        }
        &'efsctl;help;emulator;fault;ls'= {
        }
        &'efsctl;help;emulator;fault;clear'= {
        }
        &'efsctl;help;emulator;fsck'= {
        }
        &'efsctl;help;completions'= {
        }
        &'efsctl;help;man'= {
        }
        &'efsctl;help;help'= {
        }
    ]
    $completions[$command]
}
