# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_efsctl_global_optspecs
    string join \n backend= profile= region= endpoint-url= o/output= query= q/quiet no-progress v/verbose no-color h/help V/version
end

function __fish_efsctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_efsctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_efsctl_using_subcommand
    set -l cmd (__fish_efsctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c efsctl -n "__fish_efsctl_needs_command" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_needs_command" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_needs_command" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_needs_command" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_needs_command" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_needs_command" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_needs_command" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_needs_command" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_needs_command" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_needs_command" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_needs_command" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_needs_command" -f -a "create" -d 'Create a file system, by default with a mount target in every default subnet'
complete -c efsctl -n "__fish_efsctl_needs_command" -f -a "ls" -d 'List file systems'
complete -c efsctl -n "__fish_efsctl_needs_command" -f -a "describe" -d 'Show a file system with its mount targets and access points'
complete -c efsctl -n "__fish_efsctl_needs_command" -f -a "delete" -d 'Delete file systems (--force removes what they depend on first)'
complete -c efsctl -n "__fish_efsctl_needs_command" -f -a "tune" -d 'Change the throughput mode or provisioned throughput, with the cost difference; --recommend: replay the history under each mode and name the cheapest that keeps up'
complete -c efsctl -n "__fish_efsctl_needs_command" -f -a "cost" -d 'What file systems cost this month and will by its end, and what would save money'
complete -c efsctl -n "__fish_efsctl_needs_command" -f -a "simulate" -d 'Simulate a workload (TOML) in each throughput mode: time, throttling, credits, cost'
complete -c efsctl -n "__fish_efsctl_needs_command" -f -a "mount-target" -d 'Mount targets: ls, create, delete, sg'
complete -c efsctl -n "__fish_efsctl_needs_command" -f -a "access-point" -d 'Access points: ls, create, delete'
complete -c efsctl -n "__fish_efsctl_needs_command" -f -a "sg" -d 'Security groups for NFS access to mount targets'
complete -c efsctl -n "__fish_efsctl_needs_command" -f -a "lifecycle" -d 'Lifecycle transitions to IA and Archive: get, set, clear'
complete -c efsctl -n "__fish_efsctl_needs_command" -f -a "policy" -d 'File-system policy: get, set (file or presets), delete'
complete -c efsctl -n "__fish_efsctl_needs_command" -f -a "backup" -d 'Automatic backups: get, enable, disable'
complete -c efsctl -n "__fish_efsctl_needs_command" -f -a "replication" -d 'Replication: ls, create, delete'
complete -c efsctl -n "__fish_efsctl_needs_command" -f -a "mount" -d 'Mount a file system (locally: served by the emulator over FUSE; on AWS: NFS / efs-utils)'
complete -c efsctl -n "__fish_efsctl_needs_command" -f -a "umount" -d 'Unmount a directory mounted with `efsctl mount`'
complete -c efsctl -n "__fish_efsctl_needs_command" -f -a "mounts" -d 'List mounts made with `efsctl mount`'
complete -c efsctl -n "__fish_efsctl_needs_command" -f -a "metrics" -d 'CloudWatch metrics of a file system: throughput, credits, IOPS, connections'
complete -c efsctl -n "__fish_efsctl_needs_command" -f -a "credits" -d 'Burst credits: balance, baseline and burst rates, and when they run out or refill'
complete -c efsctl -n "__fish_efsctl_needs_command" -f -a "dash" -d 'Live dashboard: every file system\'s throughput, credits, IOPS and tiering; Enter for one in depth'
complete -c efsctl -n "__fish_efsctl_needs_command" -f -a "watch" -d 'One line per file system per interval (throughput against permitted, credits, IOPS); --check: what needs attention now or soon, exit 1 if anything (for cron and CI)'
complete -c efsctl -n "__fish_efsctl_needs_command" -f -a "doctor" -d 'Why a mount fails: every check from the mount target to the policy, with the fix'
complete -c efsctl -n "__fish_efsctl_needs_command" -f -a "k8s" -d 'Kubernetes: EFS CSI manifests, and what a pod can do on the volume'
complete -c efsctl -n "__fish_efsctl_needs_command" -f -a "alarm" -d 'CloudWatch alarms on a file system: create from presets, list with states, delete'
complete -c efsctl -n "__fish_efsctl_needs_command" -f -a "tag" -d 'Add or replace tags: efsctl tag FS KEY=VALUE…'
complete -c efsctl -n "__fish_efsctl_needs_command" -f -a "untag" -d 'Remove tags: efsctl untag FS KEY…'
complete -c efsctl -n "__fish_efsctl_needs_command" -f -a "emulator" -d 'Run and control the local emulator'
complete -c efsctl -n "__fish_efsctl_needs_command" -f -a "completions" -d 'Print shell completions (bash, zsh, fish, powershell, elvish)'
complete -c efsctl -n "__fish_efsctl_needs_command" -f -a "man" -d 'Print the man page (roff), or write every page (one per subcommand) to a directory'
complete -c efsctl -n "__fish_efsctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c efsctl -n "__fish_efsctl_using_subcommand create" -l performance-mode -r -f -a "general-purpose\t''
max-io\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand create" -l throughput-mode -r -f -a "bursting\t''
provisioned\t''
elastic\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand create" -l provisioned -d 'Provisioned throughput in MiB/s (1–3414), with --throughput-mode provisioned' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand create" -l one-zone -d 'Create a One Zone file system in this Availability Zone' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand create" -l encrypted -d 'Encrypt at rest (default on; --encrypted=false turns it off)' -r -f -a "true\t''
false\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand create" -l kms-key -d 'KMS key id, alias/NAME or ARN (default: the AWS-managed key)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand create" -l tag -d 'Tag KEY=VALUE (repeat)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand create" -l creation-token -d 'Idempotency token (default: a new one per call)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand create" -l ia -d 'Move files to Infrequent Access after this many days without access (e.g. 30d)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand create" -l archive -d 'Move files to Archive after this many days without access (Elastic throughput only)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand create" -l mount-targets -d 'Where to create mount targets: all (every default subnet), none, or a comma list of AZs' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand create" -l subnet -d 'Create mount targets in these subnets instead (repeat)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand create" -l security-group -d 'Security groups for the mount targets, comma-separated or repeated (default: an `efsctl-nfs` group admitting NFS from the VPC\'s default group)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand create" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand create" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand create" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand create" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand create" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand create" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand create" -l backup -d 'Turn on automatic backups'
complete -c efsctl -n "__fish_efsctl_using_subcommand create" -l back-on-access -d 'Move files back to Standard on their first access'
complete -c efsctl -n "__fish_efsctl_using_subcommand create" -l wait -d 'Wait until the file system and its mount targets are available'
complete -c efsctl -n "__fish_efsctl_using_subcommand create" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand create" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand create" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand create" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand create" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand ls" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand ls" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand ls" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand ls" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand ls" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand ls" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand ls" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand ls" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand ls" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand ls" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand ls" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand describe" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand describe" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand describe" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand describe" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand describe" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand describe" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand describe" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand describe" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand describe" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand describe" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand describe" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand describe" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand delete" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand delete" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand delete" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand delete" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand delete" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand delete" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand delete" -l force -d 'Also delete replication, access points and mount targets first'
complete -c efsctl -n "__fish_efsctl_using_subcommand delete" -s y -l yes -d 'Do not ask for confirmation'
complete -c efsctl -n "__fish_efsctl_using_subcommand delete" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand delete" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand delete" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand delete" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand delete" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand tune" -l throughput-mode -r -f -a "bursting\t''
provisioned\t''
elastic\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand tune" -l provisioned -d 'Provisioned throughput in MiB/s (1–3414)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand tune" -l days -d 'Days of history --recommend replays (CloudWatch keeps 1-minute data 15 days)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand tune" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand tune" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand tune" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand tune" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand tune" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand tune" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand tune" -l dry-run -d 'Show the change and its cost without making it'
complete -c efsctl -n "__fish_efsctl_using_subcommand tune" -l recommend -d 'Replay the file system\'s metrics under Bursting, Elastic and the smallest Provisioned amount that keeps up; recommend the cheapest that would not have throttled'
complete -c efsctl -n "__fish_efsctl_using_subcommand tune" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand tune" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand tune" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand tune" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand tune" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand tune" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand cost" -l days -d 'Days of history the findings look back over (CloudWatch keeps 5-minute data 63 days)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand cost" -l idle-days -d 'Report a file system idle after this many days without a client connection' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand cost" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand cost" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand cost" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand cost" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand cost" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand cost" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand cost" -l all -d 'Every file system in the region'
complete -c efsctl -n "__fish_efsctl_using_subcommand cost" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand cost" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand cost" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand cost" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand cost" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand cost" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand simulate" -l set -d 'Change a value of the file, e.g. --set phase.0.clients=16 --set file_system.credits=1TiB' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand simulate" -l step -d 'Simulated time per step (10ms to 1h)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand simulate" -l svg -d 'Also draw the charts (data moved per mode, Bursting\'s credits) into this SVG file' -r -F
complete -c efsctl -n "__fish_efsctl_using_subcommand simulate" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand simulate" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand simulate" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand simulate" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand simulate" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand simulate" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand simulate" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand simulate" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand simulate" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand simulate" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand simulate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand simulate" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and not __fish_seen_subcommand_from ls create delete sg help" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and not __fish_seen_subcommand_from ls create delete sg help" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and not __fish_seen_subcommand_from ls create delete sg help" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and not __fish_seen_subcommand_from ls create delete sg help" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and not __fish_seen_subcommand_from ls create delete sg help" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and not __fish_seen_subcommand_from ls create delete sg help" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and not __fish_seen_subcommand_from ls create delete sg help" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and not __fish_seen_subcommand_from ls create delete sg help" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and not __fish_seen_subcommand_from ls create delete sg help" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and not __fish_seen_subcommand_from ls create delete sg help" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and not __fish_seen_subcommand_from ls create delete sg help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and not __fish_seen_subcommand_from ls create delete sg help" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and not __fish_seen_subcommand_from ls create delete sg help" -f -a "ls" -d 'List the mount targets of a file system'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and not __fish_seen_subcommand_from ls create delete sg help" -f -a "create" -d 'Create a mount target (default: the default subnet of --az, or of the first AZ without one)'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and not __fish_seen_subcommand_from ls create delete sg help" -f -a "delete" -d 'Delete mount targets'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and not __fish_seen_subcommand_from ls create delete sg help" -f -a "sg" -d 'Show or replace (--set) the security groups of a mount target'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and not __fish_seen_subcommand_from ls create delete sg help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from ls" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from ls" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from ls" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from ls" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from ls" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from ls" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from ls" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from create" -l subnet -r
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from create" -l az -d 'Availability Zone whose default subnet to use' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from create" -l ip -d 'IPv4 address in the subnet (default: the next free one)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from create" -l security-group -d 'Security groups (comma-separated or repeated; default: efsctl-nfs)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from create" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from create" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from create" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from create" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from create" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from create" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from create" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from delete" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from delete" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from delete" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from delete" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from delete" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from delete" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from delete" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from sg" -l set -d 'The new security groups (comma-separated or repeated; up to 5)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from sg" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from sg" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from sg" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from sg" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from sg" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from sg" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from sg" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from sg" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from sg" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from sg" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from sg" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from sg" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List the mount targets of a file system'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a mount target (default: the default subnet of --az, or of the first AZ without one)'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete mount targets'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from help" -f -a "sg" -d 'Show or replace (--set) the security groups of a mount target'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount-target; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and not __fish_seen_subcommand_from ls create delete help" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and not __fish_seen_subcommand_from ls create delete help" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and not __fish_seen_subcommand_from ls create delete help" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and not __fish_seen_subcommand_from ls create delete help" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and not __fish_seen_subcommand_from ls create delete help" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and not __fish_seen_subcommand_from ls create delete help" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and not __fish_seen_subcommand_from ls create delete help" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and not __fish_seen_subcommand_from ls create delete help" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and not __fish_seen_subcommand_from ls create delete help" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and not __fish_seen_subcommand_from ls create delete help" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and not __fish_seen_subcommand_from ls create delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and not __fish_seen_subcommand_from ls create delete help" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and not __fish_seen_subcommand_from ls create delete help" -f -a "ls" -d 'List the access points of a file system'
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and not __fish_seen_subcommand_from ls create delete help" -f -a "create" -d 'Create an access point with an enforced identity and root directory'
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and not __fish_seen_subcommand_from ls create delete help" -f -a "delete" -d 'Delete access points'
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and not __fish_seen_subcommand_from ls create delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from ls" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from ls" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from ls" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from ls" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from ls" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from ls" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from ls" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from create" -l name -r
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from create" -l uid -d 'Enforced user id' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from create" -l gid -d 'Enforced group id' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from create" -l secondary-gids -d 'Enforced secondary group ids, comma-separated' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from create" -l path -d 'Root directory the access point exposes' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from create" -l owner-uid -d 'Owner of the root directory if EFS creates it' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from create" -l owner-gid -r
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from create" -l permissions -d 'Mode of the root directory if EFS creates it, e.g. 0755' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from create" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from create" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from create" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from create" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from create" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from create" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from create" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from delete" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from delete" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from delete" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from delete" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from delete" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from delete" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from delete" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List the access points of a file system'
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an access point with an enforced identity and root directory'
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete access points'
complete -c efsctl -n "__fish_efsctl_using_subcommand access-point; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c efsctl -n "__fish_efsctl_using_subcommand sg; and not __fish_seen_subcommand_from setup help" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand sg; and not __fish_seen_subcommand_from setup help" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand sg; and not __fish_seen_subcommand_from setup help" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand sg; and not __fish_seen_subcommand_from setup help" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand sg; and not __fish_seen_subcommand_from setup help" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand sg; and not __fish_seen_subcommand_from setup help" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand sg; and not __fish_seen_subcommand_from setup help" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand sg; and not __fish_seen_subcommand_from setup help" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand sg; and not __fish_seen_subcommand_from setup help" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand sg; and not __fish_seen_subcommand_from setup help" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand sg; and not __fish_seen_subcommand_from setup help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand sg; and not __fish_seen_subcommand_from setup help" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand sg; and not __fish_seen_subcommand_from setup help" -f -a "setup" -d 'Make every mount target of FS admit NFS (TCP 2049) from a client group or CIDR'
complete -c efsctl -n "__fish_efsctl_using_subcommand sg; and not __fish_seen_subcommand_from setup help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c efsctl -n "__fish_efsctl_using_subcommand sg; and __fish_seen_subcommand_from setup" -l client-sg -d 'Security group of the clients (default: the VPC\'s default group)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand sg; and __fish_seen_subcommand_from setup" -l cidr -d 'Admit clients from this CIDR block instead' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand sg; and __fish_seen_subcommand_from setup" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand sg; and __fish_seen_subcommand_from setup" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand sg; and __fish_seen_subcommand_from setup" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand sg; and __fish_seen_subcommand_from setup" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand sg; and __fish_seen_subcommand_from setup" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand sg; and __fish_seen_subcommand_from setup" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand sg; and __fish_seen_subcommand_from setup" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand sg; and __fish_seen_subcommand_from setup" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand sg; and __fish_seen_subcommand_from setup" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand sg; and __fish_seen_subcommand_from setup" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand sg; and __fish_seen_subcommand_from setup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand sg; and __fish_seen_subcommand_from setup" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand sg; and __fish_seen_subcommand_from help" -f -a "setup" -d 'Make every mount target of FS admit NFS (TCP 2049) from a client group or CIDR'
complete -c efsctl -n "__fish_efsctl_using_subcommand sg; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and not __fish_seen_subcommand_from get set status clear help" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and not __fish_seen_subcommand_from get set status clear help" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and not __fish_seen_subcommand_from get set status clear help" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and not __fish_seen_subcommand_from get set status clear help" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and not __fish_seen_subcommand_from get set status clear help" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and not __fish_seen_subcommand_from get set status clear help" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and not __fish_seen_subcommand_from get set status clear help" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and not __fish_seen_subcommand_from get set status clear help" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and not __fish_seen_subcommand_from get set status clear help" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and not __fish_seen_subcommand_from get set status clear help" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and not __fish_seen_subcommand_from get set status clear help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and not __fish_seen_subcommand_from get set status clear help" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and not __fish_seen_subcommand_from get set status clear help" -f -a "get" -d 'Show the lifecycle transitions'
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and not __fish_seen_subcommand_from get set status clear help" -f -a "set" -d 'Set the lifecycle transitions (replaces the configuration)'
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and not __fish_seen_subcommand_from get set status clear help" -f -a "status" -d 'Bytes and files per storage class, what moves in the next 1/7/30 days, monthly cost'
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and not __fish_seen_subcommand_from get set status clear help" -f -a "clear" -d 'Remove every transition'
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and not __fish_seen_subcommand_from get set status clear help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from get" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from get" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from get" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from get" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from get" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from get" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from get" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from get" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from set" -l ia -d 'Move files to Infrequent Access after this many days without access (e.g. 30d)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from set" -l archive -d 'Move files to Archive after this many days without access (Elastic throughput only)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from set" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from set" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from set" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from set" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from set" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from set" -l back-on-access -d 'Move files back to Standard on their first access'
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from set" -l dry-run -d 'Show what the policy would move and cost (like `lifecycle status`) without setting it'
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from set" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from set" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from set" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from status" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from status" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from status" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from status" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from status" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from status" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from status" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from clear" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from clear" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from clear" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from clear" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from clear" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from clear" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from clear" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from clear" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from clear" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from clear" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from clear" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from clear" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show the lifecycle transitions'
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set the lifecycle transitions (replaces the configuration)'
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from help" -f -a "status" -d 'Bytes and files per storage class, what moves in the next 1/7/30 days, monthly cost'
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from help" -f -a "clear" -d 'Remove every transition'
complete -c efsctl -n "__fish_efsctl_using_subcommand lifecycle; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and not __fish_seen_subcommand_from get set delete help" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and not __fish_seen_subcommand_from get set delete help" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and not __fish_seen_subcommand_from get set delete help" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and not __fish_seen_subcommand_from get set delete help" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and not __fish_seen_subcommand_from get set delete help" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and not __fish_seen_subcommand_from get set delete help" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and not __fish_seen_subcommand_from get set delete help" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and not __fish_seen_subcommand_from get set delete help" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and not __fish_seen_subcommand_from get set delete help" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and not __fish_seen_subcommand_from get set delete help" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and not __fish_seen_subcommand_from get set delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and not __fish_seen_subcommand_from get set delete help" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and not __fish_seen_subcommand_from get set delete help" -f -a "get" -d 'Print the file-system policy'
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and not __fish_seen_subcommand_from get set delete help" -f -a "set" -d 'Set the policy from a file or presets'
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and not __fish_seen_subcommand_from get set delete help" -f -a "delete" -d 'Remove the policy'
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and not __fish_seen_subcommand_from get set delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and __fish_seen_subcommand_from get" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and __fish_seen_subcommand_from get" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and __fish_seen_subcommand_from get" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and __fish_seen_subcommand_from get" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and __fish_seen_subcommand_from get" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and __fish_seen_subcommand_from get" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and __fish_seen_subcommand_from get" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and __fish_seen_subcommand_from get" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and __fish_seen_subcommand_from set" -l file -d 'Policy JSON file (- for stdin)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and __fish_seen_subcommand_from set" -l preset -d 'Presets, comma-separated: enforce-tls, deny-anonymous, read-only' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and __fish_seen_subcommand_from set" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and __fish_seen_subcommand_from set" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and __fish_seen_subcommand_from set" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and __fish_seen_subcommand_from set" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and __fish_seen_subcommand_from set" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and __fish_seen_subcommand_from set" -l bypass-lockout-check -d 'Apply a policy even if it denies everyone later policy changes (EFS\'s lockout check)'
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and __fish_seen_subcommand_from set" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and __fish_seen_subcommand_from set" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and __fish_seen_subcommand_from set" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and __fish_seen_subcommand_from delete" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and __fish_seen_subcommand_from delete" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and __fish_seen_subcommand_from delete" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and __fish_seen_subcommand_from delete" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and __fish_seen_subcommand_from delete" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and __fish_seen_subcommand_from delete" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and __fish_seen_subcommand_from delete" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and __fish_seen_subcommand_from help" -f -a "get" -d 'Print the file-system policy'
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set the policy from a file or presets'
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Remove the policy'
complete -c efsctl -n "__fish_efsctl_using_subcommand policy; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and not __fish_seen_subcommand_from get enable disable help" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and not __fish_seen_subcommand_from get enable disable help" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and not __fish_seen_subcommand_from get enable disable help" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and not __fish_seen_subcommand_from get enable disable help" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and not __fish_seen_subcommand_from get enable disable help" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and not __fish_seen_subcommand_from get enable disable help" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and not __fish_seen_subcommand_from get enable disable help" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and not __fish_seen_subcommand_from get enable disable help" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and not __fish_seen_subcommand_from get enable disable help" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and not __fish_seen_subcommand_from get enable disable help" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and not __fish_seen_subcommand_from get enable disable help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and not __fish_seen_subcommand_from get enable disable help" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and not __fish_seen_subcommand_from get enable disable help" -f -a "get" -d 'Show whether automatic backups are on'
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and not __fish_seen_subcommand_from get enable disable help" -f -a "enable"
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and not __fish_seen_subcommand_from get enable disable help" -f -a "disable"
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and not __fish_seen_subcommand_from get enable disable help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and __fish_seen_subcommand_from get" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and __fish_seen_subcommand_from get" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and __fish_seen_subcommand_from get" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and __fish_seen_subcommand_from get" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and __fish_seen_subcommand_from get" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and __fish_seen_subcommand_from get" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and __fish_seen_subcommand_from get" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and __fish_seen_subcommand_from get" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and __fish_seen_subcommand_from enable" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and __fish_seen_subcommand_from enable" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and __fish_seen_subcommand_from enable" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and __fish_seen_subcommand_from enable" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and __fish_seen_subcommand_from enable" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and __fish_seen_subcommand_from enable" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and __fish_seen_subcommand_from enable" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and __fish_seen_subcommand_from enable" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and __fish_seen_subcommand_from enable" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and __fish_seen_subcommand_from enable" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and __fish_seen_subcommand_from enable" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and __fish_seen_subcommand_from disable" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and __fish_seen_subcommand_from disable" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and __fish_seen_subcommand_from disable" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and __fish_seen_subcommand_from disable" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and __fish_seen_subcommand_from disable" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and __fish_seen_subcommand_from disable" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and __fish_seen_subcommand_from disable" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and __fish_seen_subcommand_from disable" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and __fish_seen_subcommand_from disable" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and __fish_seen_subcommand_from disable" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and __fish_seen_subcommand_from disable" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show whether automatic backups are on'
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and __fish_seen_subcommand_from help" -f -a "enable"
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and __fish_seen_subcommand_from help" -f -a "disable"
complete -c efsctl -n "__fish_efsctl_using_subcommand backup; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and not __fish_seen_subcommand_from ls create delete help" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and not __fish_seen_subcommand_from ls create delete help" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and not __fish_seen_subcommand_from ls create delete help" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and not __fish_seen_subcommand_from ls create delete help" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and not __fish_seen_subcommand_from ls create delete help" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and not __fish_seen_subcommand_from ls create delete help" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and not __fish_seen_subcommand_from ls create delete help" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and not __fish_seen_subcommand_from ls create delete help" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and not __fish_seen_subcommand_from ls create delete help" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and not __fish_seen_subcommand_from ls create delete help" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and not __fish_seen_subcommand_from ls create delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and not __fish_seen_subcommand_from ls create delete help" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and not __fish_seen_subcommand_from ls create delete help" -f -a "ls" -d 'List replication configurations (of one file system, or all in the region)'
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and not __fish_seen_subcommand_from ls create delete help" -f -a "create" -d 'Replicate a file system to another region, AZ or existing file system'
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and not __fish_seen_subcommand_from ls create delete help" -f -a "delete" -d 'Delete the replication configuration of a source or destination file system'
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and not __fish_seen_subcommand_from ls create delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and __fish_seen_subcommand_from ls" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and __fish_seen_subcommand_from ls" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and __fish_seen_subcommand_from ls" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and __fish_seen_subcommand_from ls" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and __fish_seen_subcommand_from ls" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and __fish_seen_subcommand_from ls" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and __fish_seen_subcommand_from ls" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and __fish_seen_subcommand_from create" -l to-region -d 'Destination region (default: the same region)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and __fish_seen_subcommand_from create" -l to-az -d 'Destination One Zone Availability Zone' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and __fish_seen_subcommand_from create" -l to-file-system -d 'Existing destination file system id (its overwrite protection must be off)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and __fish_seen_subcommand_from create" -l kms-key -r
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and __fish_seen_subcommand_from create" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and __fish_seen_subcommand_from create" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and __fish_seen_subcommand_from create" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and __fish_seen_subcommand_from create" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and __fish_seen_subcommand_from create" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and __fish_seen_subcommand_from create" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and __fish_seen_subcommand_from create" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and __fish_seen_subcommand_from delete" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and __fish_seen_subcommand_from delete" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and __fish_seen_subcommand_from delete" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and __fish_seen_subcommand_from delete" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and __fish_seen_subcommand_from delete" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and __fish_seen_subcommand_from delete" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and __fish_seen_subcommand_from delete" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List replication configurations (of one file system, or all in the region)'
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and __fish_seen_subcommand_from help" -f -a "create" -d 'Replicate a file system to another region, AZ or existing file system'
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete the replication configuration of a source or destination file system'
complete -c efsctl -n "__fish_efsctl_using_subcommand replication; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount" -l access-point -d 'Mount through this access point (id or ARN)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand mount" -l az -d 'Availability Zone of the client (default: the first AZ with a mount target; on AWS, the instance\'s)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand mount" -l client-sg -d 'Security group of the client (default: the VPC\'s default group)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand mount" -l mount-target-ip -d 'Mount the mount target at this address instead of its DNS name (a VPC without DNS, a peered VPC); it must be the mount target of the client\'s AZ' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand mount" -l timeout -d 'Give up on a mount that has not completed after this long, e.g. 30s, 2m (nothing is left half-mounted; the error names the first failing `efsctl doctor` check)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand mount" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand mount" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand mount" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand mount" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand mount" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand mount" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand mount" -l read-only -d 'Mount read-only (as `mount -o ro`)'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount" -l tls -d 'Encrypt in transit (TLS), as `mount -t efs -o tls`'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount" -l iam -d 'Authenticate with IAM, as `mount -t efs -o iam`'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount" -l allow-other -d 'Local backend: let other local users use the mount, as they could an NFS mount (FUSE\'s allow_other: root, or user_allow_other in /etc/fuse.conf)'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount" -l no-preflight -d 'Local backend: skip the emulator\'s network checks, so a blocked mount behaves as a real one does (no answer until --timeout)'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount" -l print -d 'AWS backend: print the mount command instead of running it'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount" -l persist -d 'AWS backend: also add the mount to /etc/fstab (with _netdev)'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand mount" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand umount" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand umount" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand umount" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand umount" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand umount" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand umount" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand umount" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand umount" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand umount" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand umount" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand umount" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand umount" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand mounts" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand mounts" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand mounts" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand mounts" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand mounts" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand mounts" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand mounts" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand mounts" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand mounts" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand mounts" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand mounts" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand mounts" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand metrics" -l since -d 'How far back, e.g. 30m, 3h, 2d' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand metrics" -l period -d 'Datapoint period, a multiple of 1m' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand metrics" -l metric -d 'Only these metrics (repeat), e.g. --metric BurstCreditBalance' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand metrics" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand metrics" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand metrics" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand metrics" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand metrics" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand metrics" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand metrics" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand metrics" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand metrics" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand metrics" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand metrics" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand metrics" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand credits" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand credits" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand credits" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand credits" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand credits" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand credits" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand credits" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand credits" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand credits" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand credits" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand credits" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand credits" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand dash" -l interval -d 'How often to poll the APIs, e.g. 5s, 1m; at least 1s (default: 5s locally, 1m on aws, CloudWatch\'s resolution: every poll is billed there)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand dash" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand dash" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand dash" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand dash" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand dash" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand dash" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand dash" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand dash" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand dash" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand dash" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand dash" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand dash" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand watch" -l interval -d 'Time between lines, e.g. 1m, 30s; at least 1s (default: 1m, CloudWatch\'s resolution)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand watch" -l horizon -d 'With --check: how far ahead to look at the current rates, e.g. 24h, 7d' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand watch" -l count -d 'Stop after this many rounds (default: until interrupted)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand watch" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand watch" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand watch" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand watch" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand watch" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand watch" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand watch" -l all -d 'Every file system (the default when none is named)'
complete -c efsctl -n "__fish_efsctl_using_subcommand watch" -l check -d 'Print only what needs attention now or within --horizon, and exit 1 if anything does'
complete -c efsctl -n "__fish_efsctl_using_subcommand watch" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand watch" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand watch" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand watch" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand watch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand watch" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand doctor" -l az -d 'The client\'s Availability Zone' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand doctor" -l subnet -d 'The client\'s subnet (its AZ, VPC and network ACL)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand doctor" -l instance -d 'The client instance (its subnet, address and security groups; aws backend)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand doctor" -l client-sg -d 'The client\'s security groups (repeat for several)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand doctor" -l cidr -d 'The client\'s address block, e.g. 10.0.1.0/24 or 10.0.1.7/32' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand doctor" -l access-point -d 'The access point the client mounts through' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand doctor" -l uid -d 'The user who will write (with --gid)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand doctor" -l gid -r
complete -c efsctl -n "__fish_efsctl_using_subcommand doctor" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand doctor" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand doctor" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand doctor" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand doctor" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand doctor" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand doctor" -l tls -d 'The mount will use TLS'
complete -c efsctl -n "__fish_efsctl_using_subcommand doctor" -l iam -d 'The mount will authenticate with IAM'
complete -c efsctl -n "__fish_efsctl_using_subcommand doctor" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand doctor" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand doctor" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand doctor" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand doctor" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand doctor" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and not __fish_seen_subcommand_from manifests check help" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and not __fish_seen_subcommand_from manifests check help" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and not __fish_seen_subcommand_from manifests check help" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and not __fish_seen_subcommand_from manifests check help" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and not __fish_seen_subcommand_from manifests check help" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and not __fish_seen_subcommand_from manifests check help" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and not __fish_seen_subcommand_from manifests check help" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and not __fish_seen_subcommand_from manifests check help" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and not __fish_seen_subcommand_from manifests check help" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and not __fish_seen_subcommand_from manifests check help" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and not __fish_seen_subcommand_from manifests check help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and not __fish_seen_subcommand_from manifests check help" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and not __fish_seen_subcommand_from manifests check help" -f -a "manifests" -d 'Manifests for the EFS CSI driver: a static PersistentVolume and claim (of the file system, an access point or a path), or a StorageClass for access-point provisioning'
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and not __fish_seen_subcommand_from manifests check help" -f -a "check" -d 'What a pod (Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job or CronJob YAML) will and will not be able to do on the volume — read, write, chown — and why'
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and not __fish_seen_subcommand_from manifests check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and __fish_seen_subcommand_from manifests" -l access-point -d 'A static volume through this access point (volumeHandle fs-…::fsap-…)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and __fish_seen_subcommand_from manifests" -l path -d 'A static volume of this directory (volumeHandle fs-…:/path)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and __fish_seen_subcommand_from manifests" -l namespace -d 'Namespace of the claim' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and __fish_seen_subcommand_from manifests" -l name -d 'Name of the objects (default: efs-NAME)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and __fish_seen_subcommand_from manifests" -l size -d 'Requested size (EFS does not enforce it; Kubernetes needs one)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and __fish_seen_subcommand_from manifests" -l uid-range -d 'With --dynamic: the POSIX ids the driver gives access points, e.g. 50000-60000' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and __fish_seen_subcommand_from manifests" -l base-path -d 'With --dynamic: where access points\' directories go, e.g. /dynamic_provisioning' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and __fish_seen_subcommand_from manifests" -l directory-perms -d 'With --dynamic: the mode of each new directory' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and __fish_seen_subcommand_from manifests" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and __fish_seen_subcommand_from manifests" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and __fish_seen_subcommand_from manifests" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and __fish_seen_subcommand_from manifests" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and __fish_seen_subcommand_from manifests" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and __fish_seen_subcommand_from manifests" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and __fish_seen_subcommand_from manifests" -l dynamic -d 'A StorageClass whose claims each get an access point (provisioningMode efs-ap)'
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and __fish_seen_subcommand_from manifests" -l tls -d 'Mount with TLS (mountOptions: tls)'
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and __fish_seen_subcommand_from manifests" -l iam -d 'Mount with IAM (mountOptions: iam)'
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and __fish_seen_subcommand_from manifests" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and __fish_seen_subcommand_from manifests" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and __fish_seen_subcommand_from manifests" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and __fish_seen_subcommand_from manifests" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and __fish_seen_subcommand_from manifests" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and __fish_seen_subcommand_from manifests" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and __fish_seen_subcommand_from check" -l pod -d 'The workload\'s YAML' -r -F
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and __fish_seen_subcommand_from check" -l access-point -d 'The access point its volume mounts through' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and __fish_seen_subcommand_from check" -l subnet -d 'The cluster nodes\' subnet: adds `efsctl doctor`\'s network checks for the nodes' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and __fish_seen_subcommand_from check" -l node-sg -d 'The nodes\' security groups (repeat for several), for the network checks' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and __fish_seen_subcommand_from check" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and __fish_seen_subcommand_from check" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and __fish_seen_subcommand_from check" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and __fish_seen_subcommand_from check" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and __fish_seen_subcommand_from check" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and __fish_seen_subcommand_from check" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and __fish_seen_subcommand_from check" -l trial -d 'Local backend, as root: mount the volume and try the reads, writes and chowns as the pod\'s users'
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and __fish_seen_subcommand_from check" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and __fish_seen_subcommand_from check" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and __fish_seen_subcommand_from check" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and __fish_seen_subcommand_from help" -f -a "manifests" -d 'Manifests for the EFS CSI driver: a static PersistentVolume and claim (of the file system, an access point or a path), or a StorageClass for access-point provisioning'
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and __fish_seen_subcommand_from help" -f -a "check" -d 'What a pod (Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job or CronJob YAML) will and will not be able to do on the volume — read, write, chown — and why'
complete -c efsctl -n "__fish_efsctl_using_subcommand k8s; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and not __fish_seen_subcommand_from create ls delete help" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and not __fish_seen_subcommand_from create ls delete help" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and not __fish_seen_subcommand_from create ls delete help" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and not __fish_seen_subcommand_from create ls delete help" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and not __fish_seen_subcommand_from create ls delete help" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and not __fish_seen_subcommand_from create ls delete help" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and not __fish_seen_subcommand_from create ls delete help" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and not __fish_seen_subcommand_from create ls delete help" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and not __fish_seen_subcommand_from create ls delete help" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and not __fish_seen_subcommand_from create ls delete help" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and not __fish_seen_subcommand_from create ls delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and not __fish_seen_subcommand_from create ls delete help" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and not __fish_seen_subcommand_from create ls delete help" -f -a "create" -d 'Create a CloudWatch alarm on a file system from a preset of AWS\'s guidance'
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and not __fish_seen_subcommand_from create ls delete help" -f -a "ls" -d 'List the alarms on EFS metrics (of one file system, or all) with their states'
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and not __fish_seen_subcommand_from create ls delete help" -f -a "delete" -d 'Delete alarms by name'
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and not __fish_seen_subcommand_from create ls delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and __fish_seen_subcommand_from create" -l preset -d 'What to watch' -r -f -a "credits-low\t'BurstCreditBalance below a level (Bursting file systems)'
throughput-saturated\t'Metered throughput near the permitted throughput (metric math)'
io-limit\t'PercentIOLimit high (General Purpose file systems)'
storage-growth\t'StorageBytes growing faster than a rate (metric math)'"
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and __fish_seen_subcommand_from create" -l threshold -d 'Threshold in the preset\'s unit: credits-low GiB of credits (default: an hour of bursting), throughput-saturated percent of permitted (90), io-limit percent (100), storage-growth GiB per day (50)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and __fish_seen_subcommand_from create" -l periods -d 'Periods in a row that must breach (one minute each; one hour for storage-growth)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and __fish_seen_subcommand_from create" -l action -d 'ARN to notify or act on when the alarm fires (an SNS topic, …); repeat for several' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and __fish_seen_subcommand_from create" -l name -d 'Alarm name (default: efsctl-FS-PRESET)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and __fish_seen_subcommand_from create" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and __fish_seen_subcommand_from create" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and __fish_seen_subcommand_from create" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and __fish_seen_subcommand_from create" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and __fish_seen_subcommand_from create" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and __fish_seen_subcommand_from create" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and __fish_seen_subcommand_from create" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and __fish_seen_subcommand_from ls" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and __fish_seen_subcommand_from ls" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and __fish_seen_subcommand_from ls" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and __fish_seen_subcommand_from ls" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and __fish_seen_subcommand_from ls" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and __fish_seen_subcommand_from ls" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and __fish_seen_subcommand_from ls" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and __fish_seen_subcommand_from delete" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and __fish_seen_subcommand_from delete" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and __fish_seen_subcommand_from delete" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and __fish_seen_subcommand_from delete" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and __fish_seen_subcommand_from delete" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and __fish_seen_subcommand_from delete" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and __fish_seen_subcommand_from delete" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a CloudWatch alarm on a file system from a preset of AWS\'s guidance'
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List the alarms on EFS metrics (of one file system, or all) with their states'
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete alarms by name'
complete -c efsctl -n "__fish_efsctl_using_subcommand alarm; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c efsctl -n "__fish_efsctl_using_subcommand tag" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand tag" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand tag" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand tag" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand tag" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand tag" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand tag" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand tag" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand tag" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand tag" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand tag" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand tag" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand untag" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand untag" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand untag" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand untag" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand untag" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand untag" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand untag" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand untag" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand untag" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand untag" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand untag" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand untag" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve start stop status reset clock credits sweep fault fsck help" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve start stop status reset clock credits sweep fault fsck help" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve start stop status reset clock credits sweep fault fsck help" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve start stop status reset clock credits sweep fault fsck help" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve start stop status reset clock credits sweep fault fsck help" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve start stop status reset clock credits sweep fault fsck help" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve start stop status reset clock credits sweep fault fsck help" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve start stop status reset clock credits sweep fault fsck help" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve start stop status reset clock credits sweep fault fsck help" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve start stop status reset clock credits sweep fault fsck help" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve start stop status reset clock credits sweep fault fsck help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve start stop status reset clock credits sweep fault fsck help" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve start stop status reset clock credits sweep fault fsck help" -f -a "serve" -d 'Run the emulator in the foreground (Ctrl-C stops it)'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve start stop status reset clock credits sweep fault fsck help" -f -a "start" -d 'Start the emulator in the background and print its endpoint'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve start stop status reset clock credits sweep fault fsck help" -f -a "stop" -d 'Stop the background emulator'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve start stop status reset clock credits sweep fault fsck help" -f -a "status" -d 'Show whether the emulator runs, its endpoint, pid and data dir'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve start stop status reset clock credits sweep fault fsck help" -f -a "reset" -d 'Delete every emulated resource (file systems, networks return to their defaults)'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve start stop status reset clock credits sweep fault fsck help" -f -a "clock" -d 'Show or move the emulator\'s virtual clock (lifecycle ages, credits, the 24-hour rule)'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve start stop status reset clock credits sweep fault fsck help" -f -a "credits" -d 'Set a file system\'s burst-credit balance, e.g. to rehearse running out of credits'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve start stop status reset clock credits sweep fault fsck help" -f -a "sweep" -d 'Apply lifecycle policies now: move due files to IA or Archive (the daemon also does this every second, a little at a time)'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve start stop status reset clock credits sweep fault fsck help" -f -a "fault" -d 'Inject faults to rehearse failures: an AZ outage, a mount target down, API throttling, I/O errors, latency, a full file system'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve start stop status reset clock credits sweep fault fsck help" -f -a "fsck" -d 'Check a file system\'s stored data for inconsistencies (link counts, orphans, data files)'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve start stop status reset clock credits sweep fault fsck help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l addr -d 'Address to listen on (port 0 picks a free port)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l create-delay -d 'How long new resources stay `creating` and deleted ones `deleting`, e.g. 3s, 500ms' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l credentials -d 'Require requests signed (SigV4) with a key pair from this file (AWS credentials-file format; every profile\'s keys are accepted)' -r -F
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l allow-host -d 'Accept requests addressed to this host name too (besides localhost and IP addresses), e.g. a container\'s service name; repeatable' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l allow-origin -d 'Accept requests from web pages of this origin (e.g. http://localhost:3000, or *); repeatable' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l data-dir -d 'Directory for the emulator\'s state and log [env: EFSCTL_DATA_DIR]' -r -F
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l allow-remote -d 'Listen on non-loopback addresses too (requests must then be signed with --credentials\' keys)'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l verify-signatures -d 'Require signed requests on loopback too (keys from --credentials, else AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l insecure-no-auth -d 'With --allow-remote: accept unsigned requests from anyone who can reach the port'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l no-throughput-limits -d 'Never delay reads and writes of mounts (credits and metrics still follow the model): for fast local tests, or measuring the data plane itself'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from start" -l addr -d 'Address to listen on (port 0 picks a free port)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from start" -l create-delay -d 'How long new resources stay `creating` and deleted ones `deleting`, e.g. 3s, 500ms' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from start" -l credentials -d 'Require requests signed (SigV4) with a key pair from this file (AWS credentials-file format; every profile\'s keys are accepted)' -r -F
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from start" -l allow-host -d 'Accept requests addressed to this host name too (besides localhost and IP addresses), e.g. a container\'s service name; repeatable' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from start" -l allow-origin -d 'Accept requests from web pages of this origin (e.g. http://localhost:3000, or *); repeatable' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from start" -l data-dir -d 'Directory for the emulator\'s state and log [env: EFSCTL_DATA_DIR]' -r -F
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from start" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from start" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from start" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from start" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from start" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from start" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from start" -l allow-remote -d 'Listen on non-loopback addresses too (requests must then be signed with --credentials\' keys)'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from start" -l verify-signatures -d 'Require signed requests on loopback too (keys from --credentials, else AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from start" -l insecure-no-auth -d 'With --allow-remote: accept unsigned requests from anyone who can reach the port'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from start" -l no-throughput-limits -d 'Never delay reads and writes of mounts (credits and metrics still follow the model): for fast local tests, or measuring the data plane itself'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from start" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from start" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from start" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from start" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from start" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from stop" -l data-dir -d 'Directory for the emulator\'s state and log [env: EFSCTL_DATA_DIR]' -r -F
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from stop" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from stop" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from stop" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from stop" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from stop" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from stop" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from stop" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from stop" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from stop" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from stop" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from stop" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from status" -l data-dir -d 'Directory for the emulator\'s state and log [env: EFSCTL_DATA_DIR]' -r -F
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from status" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from status" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from status" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from status" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from status" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from status" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from status" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from reset" -l data-dir -d 'Directory for the emulator\'s state and log [env: EFSCTL_DATA_DIR]' -r -F
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from reset" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from reset" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from reset" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from reset" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from reset" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from reset" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from reset" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from reset" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from reset" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from reset" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from clock" -l advance -d 'Jump forward, e.g. 36h, 30d' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from clock" -l speed -d 'Virtual seconds per real second from now on, e.g. 60' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from clock" -l data-dir -d 'Directory for the emulator\'s state and log [env: EFSCTL_DATA_DIR]' -r -F
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from clock" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from clock" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from clock" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from clock" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from clock" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from clock" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from clock" -l reset -d 'Back to real speed (time stays where it is when ahead)'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from clock" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from clock" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from clock" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from clock" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from clock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from clock" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from credits" -l set -d 'New balance: bytes, or with a unit (500MiB, 1.5TiB)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from credits" -l data-dir -d 'Directory for the emulator\'s state and log [env: EFSCTL_DATA_DIR]' -r -F
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from credits" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from credits" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from credits" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from credits" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from credits" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from credits" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from credits" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from credits" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from credits" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from credits" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from credits" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from credits" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from sweep" -l data-dir -d 'Directory for the emulator\'s state and log [env: EFSCTL_DATA_DIR]' -r -F
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from sweep" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from sweep" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from sweep" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from sweep" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from sweep" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from sweep" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from sweep" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from sweep" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from sweep" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from sweep" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from sweep" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from sweep" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from fault" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from fault" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from fault" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from fault" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from fault" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from fault" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from fault" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from fault" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from fault" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from fault" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from fault" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from fault" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from fault" -f -a "add" -d 'Add a fault: `az-outage us-east-1a`, `mount-target-down fsmt-…`, `throttle [efs|ec2|cloudwatch] --rate 0.5`, `io-error FS --rate 0.1`, `latency FS --latency 200ms`, `no-space FS`'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from fault" -f -a "ls" -d 'List the faults in force'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from fault" -f -a "clear" -d 'End a fault (or every fault with --all); service comes back with nothing lost'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from fault" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from fsck" -l data-dir -d 'Directory for the emulator\'s state and log [env: EFSCTL_DATA_DIR]' -r -F
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from fsck" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from fsck" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from fsck" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from fsck" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from fsck" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from fsck" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from fsck" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from fsck" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from fsck" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from fsck" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from fsck" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from fsck" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Run the emulator in the foreground (Ctrl-C stops it)'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from help" -f -a "start" -d 'Start the emulator in the background and print its endpoint'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from help" -f -a "stop" -d 'Stop the background emulator'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show whether the emulator runs, its endpoint, pid and data dir'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Delete every emulated resource (file systems, networks return to their defaults)'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from help" -f -a "clock" -d 'Show or move the emulator\'s virtual clock (lifecycle ages, credits, the 24-hour rule)'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from help" -f -a "credits" -d 'Set a file system\'s burst-credit balance, e.g. to rehearse running out of credits'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from help" -f -a "sweep" -d 'Apply lifecycle policies now: move due files to IA or Archive (the daemon also does this every second, a little at a time)'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from help" -f -a "fault" -d 'Inject faults to rehearse failures: an AZ outage, a mount target down, API throttling, I/O errors, latency, a full file system'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from help" -f -a "fsck" -d 'Check a file system\'s stored data for inconsistencies (link counts, orphans, data files)'
complete -c efsctl -n "__fish_efsctl_using_subcommand emulator; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c efsctl -n "__fish_efsctl_using_subcommand completions" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand completions" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand completions" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand completions" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand completions" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand completions" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand completions" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand completions" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand completions" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand completions" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand man" -l dir -d 'Write efsctl.1 and an efsctl-SUBCOMMAND.1 page per subcommand here' -r -F
complete -c efsctl -n "__fish_efsctl_using_subcommand man" -l backend -d 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]' -r -f -a "local\t'The local emulator (started on demand)'
aws\t'Real AWS, through the AWS SDK\'s default credential chain'"
complete -c efsctl -n "__fish_efsctl_using_subcommand man" -l profile -d 'AWS profile (aws backend) [env: EFSCTL_PROFILE]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand man" -l region -d 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK\'s choice on aws]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand man" -l endpoint-url -d 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand man" -s o -l output -d 'Output format [env: EFSCTL_OUTPUT] [default: table]' -r -f -a "table\t''
json\t''
text\t''"
complete -c efsctl -n "__fish_efsctl_using_subcommand man" -l query -d 'Filter JSON output with a JMESPath expression (as `aws --query`)' -r
complete -c efsctl -n "__fish_efsctl_using_subcommand man" -s q -l quiet -d 'Print only ids, one per line'
complete -c efsctl -n "__fish_efsctl_using_subcommand man" -l no-progress -d 'Never show progress bars'
complete -c efsctl -n "__fish_efsctl_using_subcommand man" -s v -l verbose -d 'More diagnostics on stderr (repeat for more)'
complete -c efsctl -n "__fish_efsctl_using_subcommand man" -l no-color -d 'No colour in output'
complete -c efsctl -n "__fish_efsctl_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c efsctl -n "__fish_efsctl_using_subcommand man" -s V -l version -d 'Print version'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and not __fish_seen_subcommand_from create ls describe delete tune cost simulate mount-target access-point sg lifecycle policy backup replication mount umount mounts metrics credits dash watch doctor k8s alarm tag untag emulator completions man help" -f -a "create" -d 'Create a file system, by default with a mount target in every default subnet'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and not __fish_seen_subcommand_from create ls describe delete tune cost simulate mount-target access-point sg lifecycle policy backup replication mount umount mounts metrics credits dash watch doctor k8s alarm tag untag emulator completions man help" -f -a "ls" -d 'List file systems'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and not __fish_seen_subcommand_from create ls describe delete tune cost simulate mount-target access-point sg lifecycle policy backup replication mount umount mounts metrics credits dash watch doctor k8s alarm tag untag emulator completions man help" -f -a "describe" -d 'Show a file system with its mount targets and access points'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and not __fish_seen_subcommand_from create ls describe delete tune cost simulate mount-target access-point sg lifecycle policy backup replication mount umount mounts metrics credits dash watch doctor k8s alarm tag untag emulator completions man help" -f -a "delete" -d 'Delete file systems (--force removes what they depend on first)'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and not __fish_seen_subcommand_from create ls describe delete tune cost simulate mount-target access-point sg lifecycle policy backup replication mount umount mounts metrics credits dash watch doctor k8s alarm tag untag emulator completions man help" -f -a "tune" -d 'Change the throughput mode or provisioned throughput, with the cost difference; --recommend: replay the history under each mode and name the cheapest that keeps up'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and not __fish_seen_subcommand_from create ls describe delete tune cost simulate mount-target access-point sg lifecycle policy backup replication mount umount mounts metrics credits dash watch doctor k8s alarm tag untag emulator completions man help" -f -a "cost" -d 'What file systems cost this month and will by its end, and what would save money'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and not __fish_seen_subcommand_from create ls describe delete tune cost simulate mount-target access-point sg lifecycle policy backup replication mount umount mounts metrics credits dash watch doctor k8s alarm tag untag emulator completions man help" -f -a "simulate" -d 'Simulate a workload (TOML) in each throughput mode: time, throttling, credits, cost'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and not __fish_seen_subcommand_from create ls describe delete tune cost simulate mount-target access-point sg lifecycle policy backup replication mount umount mounts metrics credits dash watch doctor k8s alarm tag untag emulator completions man help" -f -a "mount-target" -d 'Mount targets: ls, create, delete, sg'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and not __fish_seen_subcommand_from create ls describe delete tune cost simulate mount-target access-point sg lifecycle policy backup replication mount umount mounts metrics credits dash watch doctor k8s alarm tag untag emulator completions man help" -f -a "access-point" -d 'Access points: ls, create, delete'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and not __fish_seen_subcommand_from create ls describe delete tune cost simulate mount-target access-point sg lifecycle policy backup replication mount umount mounts metrics credits dash watch doctor k8s alarm tag untag emulator completions man help" -f -a "sg" -d 'Security groups for NFS access to mount targets'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and not __fish_seen_subcommand_from create ls describe delete tune cost simulate mount-target access-point sg lifecycle policy backup replication mount umount mounts metrics credits dash watch doctor k8s alarm tag untag emulator completions man help" -f -a "lifecycle" -d 'Lifecycle transitions to IA and Archive: get, set, clear'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and not __fish_seen_subcommand_from create ls describe delete tune cost simulate mount-target access-point sg lifecycle policy backup replication mount umount mounts metrics credits dash watch doctor k8s alarm tag untag emulator completions man help" -f -a "policy" -d 'File-system policy: get, set (file or presets), delete'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and not __fish_seen_subcommand_from create ls describe delete tune cost simulate mount-target access-point sg lifecycle policy backup replication mount umount mounts metrics credits dash watch doctor k8s alarm tag untag emulator completions man help" -f -a "backup" -d 'Automatic backups: get, enable, disable'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and not __fish_seen_subcommand_from create ls describe delete tune cost simulate mount-target access-point sg lifecycle policy backup replication mount umount mounts metrics credits dash watch doctor k8s alarm tag untag emulator completions man help" -f -a "replication" -d 'Replication: ls, create, delete'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and not __fish_seen_subcommand_from create ls describe delete tune cost simulate mount-target access-point sg lifecycle policy backup replication mount umount mounts metrics credits dash watch doctor k8s alarm tag untag emulator completions man help" -f -a "mount" -d 'Mount a file system (locally: served by the emulator over FUSE; on AWS: NFS / efs-utils)'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and not __fish_seen_subcommand_from create ls describe delete tune cost simulate mount-target access-point sg lifecycle policy backup replication mount umount mounts metrics credits dash watch doctor k8s alarm tag untag emulator completions man help" -f -a "umount" -d 'Unmount a directory mounted with `efsctl mount`'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and not __fish_seen_subcommand_from create ls describe delete tune cost simulate mount-target access-point sg lifecycle policy backup replication mount umount mounts metrics credits dash watch doctor k8s alarm tag untag emulator completions man help" -f -a "mounts" -d 'List mounts made with `efsctl mount`'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and not __fish_seen_subcommand_from create ls describe delete tune cost simulate mount-target access-point sg lifecycle policy backup replication mount umount mounts metrics credits dash watch doctor k8s alarm tag untag emulator completions man help" -f -a "metrics" -d 'CloudWatch metrics of a file system: throughput, credits, IOPS, connections'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and not __fish_seen_subcommand_from create ls describe delete tune cost simulate mount-target access-point sg lifecycle policy backup replication mount umount mounts metrics credits dash watch doctor k8s alarm tag untag emulator completions man help" -f -a "credits" -d 'Burst credits: balance, baseline and burst rates, and when they run out or refill'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and not __fish_seen_subcommand_from create ls describe delete tune cost simulate mount-target access-point sg lifecycle policy backup replication mount umount mounts metrics credits dash watch doctor k8s alarm tag untag emulator completions man help" -f -a "dash" -d 'Live dashboard: every file system\'s throughput, credits, IOPS and tiering; Enter for one in depth'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and not __fish_seen_subcommand_from create ls describe delete tune cost simulate mount-target access-point sg lifecycle policy backup replication mount umount mounts metrics credits dash watch doctor k8s alarm tag untag emulator completions man help" -f -a "watch" -d 'One line per file system per interval (throughput against permitted, credits, IOPS); --check: what needs attention now or soon, exit 1 if anything (for cron and CI)'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and not __fish_seen_subcommand_from create ls describe delete tune cost simulate mount-target access-point sg lifecycle policy backup replication mount umount mounts metrics credits dash watch doctor k8s alarm tag untag emulator completions man help" -f -a "doctor" -d 'Why a mount fails: every check from the mount target to the policy, with the fix'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and not __fish_seen_subcommand_from create ls describe delete tune cost simulate mount-target access-point sg lifecycle policy backup replication mount umount mounts metrics credits dash watch doctor k8s alarm tag untag emulator completions man help" -f -a "k8s" -d 'Kubernetes: EFS CSI manifests, and what a pod can do on the volume'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and not __fish_seen_subcommand_from create ls describe delete tune cost simulate mount-target access-point sg lifecycle policy backup replication mount umount mounts metrics credits dash watch doctor k8s alarm tag untag emulator completions man help" -f -a "alarm" -d 'CloudWatch alarms on a file system: create from presets, list with states, delete'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and not __fish_seen_subcommand_from create ls describe delete tune cost simulate mount-target access-point sg lifecycle policy backup replication mount umount mounts metrics credits dash watch doctor k8s alarm tag untag emulator completions man help" -f -a "tag" -d 'Add or replace tags: efsctl tag FS KEY=VALUE…'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and not __fish_seen_subcommand_from create ls describe delete tune cost simulate mount-target access-point sg lifecycle policy backup replication mount umount mounts metrics credits dash watch doctor k8s alarm tag untag emulator completions man help" -f -a "untag" -d 'Remove tags: efsctl untag FS KEY…'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and not __fish_seen_subcommand_from create ls describe delete tune cost simulate mount-target access-point sg lifecycle policy backup replication mount umount mounts metrics credits dash watch doctor k8s alarm tag untag emulator completions man help" -f -a "emulator" -d 'Run and control the local emulator'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and not __fish_seen_subcommand_from create ls describe delete tune cost simulate mount-target access-point sg lifecycle policy backup replication mount umount mounts metrics credits dash watch doctor k8s alarm tag untag emulator completions man help" -f -a "completions" -d 'Print shell completions (bash, zsh, fish, powershell, elvish)'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and not __fish_seen_subcommand_from create ls describe delete tune cost simulate mount-target access-point sg lifecycle policy backup replication mount umount mounts metrics credits dash watch doctor k8s alarm tag untag emulator completions man help" -f -a "man" -d 'Print the man page (roff), or write every page (one per subcommand) to a directory'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and not __fish_seen_subcommand_from create ls describe delete tune cost simulate mount-target access-point sg lifecycle policy backup replication mount umount mounts metrics credits dash watch doctor k8s alarm tag untag emulator completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and __fish_seen_subcommand_from mount-target" -f -a "ls" -d 'List the mount targets of a file system'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and __fish_seen_subcommand_from mount-target" -f -a "create" -d 'Create a mount target (default: the default subnet of --az, or of the first AZ without one)'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and __fish_seen_subcommand_from mount-target" -f -a "delete" -d 'Delete mount targets'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and __fish_seen_subcommand_from mount-target" -f -a "sg" -d 'Show or replace (--set) the security groups of a mount target'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and __fish_seen_subcommand_from access-point" -f -a "ls" -d 'List the access points of a file system'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and __fish_seen_subcommand_from access-point" -f -a "create" -d 'Create an access point with an enforced identity and root directory'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and __fish_seen_subcommand_from access-point" -f -a "delete" -d 'Delete access points'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and __fish_seen_subcommand_from sg" -f -a "setup" -d 'Make every mount target of FS admit NFS (TCP 2049) from a client group or CIDR'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and __fish_seen_subcommand_from lifecycle" -f -a "get" -d 'Show the lifecycle transitions'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and __fish_seen_subcommand_from lifecycle" -f -a "set" -d 'Set the lifecycle transitions (replaces the configuration)'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and __fish_seen_subcommand_from lifecycle" -f -a "status" -d 'Bytes and files per storage class, what moves in the next 1/7/30 days, monthly cost'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and __fish_seen_subcommand_from lifecycle" -f -a "clear" -d 'Remove every transition'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and __fish_seen_subcommand_from policy" -f -a "get" -d 'Print the file-system policy'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and __fish_seen_subcommand_from policy" -f -a "set" -d 'Set the policy from a file or presets'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and __fish_seen_subcommand_from policy" -f -a "delete" -d 'Remove the policy'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and __fish_seen_subcommand_from backup" -f -a "get" -d 'Show whether automatic backups are on'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and __fish_seen_subcommand_from backup" -f -a "enable"
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and __fish_seen_subcommand_from backup" -f -a "disable"
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and __fish_seen_subcommand_from replication" -f -a "ls" -d 'List replication configurations (of one file system, or all in the region)'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and __fish_seen_subcommand_from replication" -f -a "create" -d 'Replicate a file system to another region, AZ or existing file system'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and __fish_seen_subcommand_from replication" -f -a "delete" -d 'Delete the replication configuration of a source or destination file system'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and __fish_seen_subcommand_from k8s" -f -a "manifests" -d 'Manifests for the EFS CSI driver: a static PersistentVolume and claim (of the file system, an access point or a path), or a StorageClass for access-point provisioning'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and __fish_seen_subcommand_from k8s" -f -a "check" -d 'What a pod (Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job or CronJob YAML) will and will not be able to do on the volume — read, write, chown — and why'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and __fish_seen_subcommand_from alarm" -f -a "create" -d 'Create a CloudWatch alarm on a file system from a preset of AWS\'s guidance'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and __fish_seen_subcommand_from alarm" -f -a "ls" -d 'List the alarms on EFS metrics (of one file system, or all) with their states'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and __fish_seen_subcommand_from alarm" -f -a "delete" -d 'Delete alarms by name'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and __fish_seen_subcommand_from emulator" -f -a "serve" -d 'Run the emulator in the foreground (Ctrl-C stops it)'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and __fish_seen_subcommand_from emulator" -f -a "start" -d 'Start the emulator in the background and print its endpoint'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and __fish_seen_subcommand_from emulator" -f -a "stop" -d 'Stop the background emulator'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and __fish_seen_subcommand_from emulator" -f -a "status" -d 'Show whether the emulator runs, its endpoint, pid and data dir'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and __fish_seen_subcommand_from emulator" -f -a "reset" -d 'Delete every emulated resource (file systems, networks return to their defaults)'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and __fish_seen_subcommand_from emulator" -f -a "clock" -d 'Show or move the emulator\'s virtual clock (lifecycle ages, credits, the 24-hour rule)'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and __fish_seen_subcommand_from emulator" -f -a "credits" -d 'Set a file system\'s burst-credit balance, e.g. to rehearse running out of credits'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and __fish_seen_subcommand_from emulator" -f -a "sweep" -d 'Apply lifecycle policies now: move due files to IA or Archive (the daemon also does this every second, a little at a time)'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and __fish_seen_subcommand_from emulator" -f -a "fault" -d 'Inject faults to rehearse failures: an AZ outage, a mount target down, API throttling, I/O errors, latency, a full file system'
complete -c efsctl -n "__fish_efsctl_using_subcommand help; and __fish_seen_subcommand_from emulator" -f -a "fsck" -d 'Check a file system\'s stored data for inconsistencies (link counts, orphans, data files)'
