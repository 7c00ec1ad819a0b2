
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'efsctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'efsctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'efsctl' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a file system, by default with a mount target in every default subnet')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List file systems')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Show a file system with its mount targets and access points')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete file systems (--force removes what they depend on first)')
            [CompletionResult]::new('tune', 'tune', [CompletionResultType]::ParameterValue, 'Change the throughput mode or provisioned throughput, with the cost difference; --recommend: replay the history under each mode and name the cheapest that keeps up')
            [CompletionResult]::new('cost', 'cost', [CompletionResultType]::ParameterValue, 'What file systems cost this month and will by its end, and what would save money')
            [CompletionResult]::new('simulate', 'simulate', [CompletionResultType]::ParameterValue, 'Simulate a workload (TOML) in each throughput mode: time, throttling, credits, cost')
            [CompletionResult]::new('mount-target', 'mount-target', [CompletionResultType]::ParameterValue, 'Mount targets: ls, create, delete, sg')
            [CompletionResult]::new('access-point', 'access-point', [CompletionResultType]::ParameterValue, 'Access points: ls, create, delete')
            [CompletionResult]::new('sg', 'sg', [CompletionResultType]::ParameterValue, 'Security groups for NFS access to mount targets')
            [CompletionResult]::new('lifecycle', 'lifecycle', [CompletionResultType]::ParameterValue, 'Lifecycle transitions to IA and Archive: get, set, clear')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'File-system policy: get, set (file or presets), delete')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Automatic backups: get, enable, disable')
            [CompletionResult]::new('replication', 'replication', [CompletionResultType]::ParameterValue, 'Replication: ls, create, delete')
            [CompletionResult]::new('mount', 'mount', [CompletionResultType]::ParameterValue, 'Mount a file system (locally: served by the emulator over FUSE; on AWS: NFS / efs-utils)')
            [CompletionResult]::new('umount', 'umount', [CompletionResultType]::ParameterValue, 'Unmount a directory mounted with `efsctl mount`')
            [CompletionResult]::new('mounts', 'mounts', [CompletionResultType]::ParameterValue, 'List mounts made with `efsctl mount`')
            [CompletionResult]::new('metrics', 'metrics', [CompletionResultType]::ParameterValue, 'CloudWatch metrics of a file system: throughput, credits, IOPS, connections')
            [CompletionResult]::new('credits', 'credits', [CompletionResultType]::ParameterValue, 'Burst credits: balance, baseline and burst rates, and when they run out or refill')
            [CompletionResult]::new('dash', 'dash', [CompletionResultType]::ParameterValue, 'Live dashboard: every file system''s throughput, credits, IOPS and tiering; Enter for one in depth')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'One line per file system per interval (throughput against permitted, credits, IOPS); --check: what needs attention now or soon, exit 1 if anything (for cron and CI)')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Why a mount fails: every check from the mount target to the policy, with the fix')
            [CompletionResult]::new('k8s', 'k8s', [CompletionResultType]::ParameterValue, 'Kubernetes: EFS CSI manifests, and what a pod can do on the volume')
            [CompletionResult]::new('alarm', 'alarm', [CompletionResultType]::ParameterValue, 'CloudWatch alarms on a file system: create from presets, list with states, delete')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'Add or replace tags: efsctl tag FS KEY=VALUE…')
            [CompletionResult]::new('untag', 'untag', [CompletionResultType]::ParameterValue, 'Remove tags: efsctl untag FS KEY…')
            [CompletionResult]::new('emulator', 'emulator', [CompletionResultType]::ParameterValue, 'Run and control the local emulator')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions (bash, zsh, fish, powershell, elvish)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff), or write every page (one per subcommand) to a directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'efsctl;create' {
            [CompletionResult]::new('--performance-mode', '--performance-mode', [CompletionResultType]::ParameterName, 'performance-mode')
            [CompletionResult]::new('--throughput-mode', '--throughput-mode', [CompletionResultType]::ParameterName, 'throughput-mode')
            [CompletionResult]::new('--provisioned', '--provisioned', [CompletionResultType]::ParameterName, 'Provisioned throughput in MiB/s (1–3414), with --throughput-mode provisioned')
            [CompletionResult]::new('--one-zone', '--one-zone', [CompletionResultType]::ParameterName, 'Create a One Zone file system in this Availability Zone')
            [CompletionResult]::new('--encrypted', '--encrypted', [CompletionResultType]::ParameterName, 'Encrypt at rest (default on; --encrypted=false turns it off)')
            [CompletionResult]::new('--kms-key', '--kms-key', [CompletionResultType]::ParameterName, 'KMS key id, alias/NAME or ARN (default: the AWS-managed key)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Tag KEY=VALUE (repeat)')
            [CompletionResult]::new('--creation-token', '--creation-token', [CompletionResultType]::ParameterName, 'Idempotency token (default: a new one per call)')
            [CompletionResult]::new('--ia', '--ia', [CompletionResultType]::ParameterName, 'Move files to Infrequent Access after this many days without access (e.g. 30d)')
            [CompletionResult]::new('--archive', '--archive', [CompletionResultType]::ParameterName, 'Move files to Archive after this many days without access (Elastic throughput only)')
            [CompletionResult]::new('--mount-targets', '--mount-targets', [CompletionResultType]::ParameterName, 'Where to create mount targets: all (every default subnet), none, or a comma list of AZs')
            [CompletionResult]::new('--subnet', '--subnet', [CompletionResultType]::ParameterName, 'Create mount targets in these subnets instead (repeat)')
            [CompletionResult]::new('--security-group', '--security-group', [CompletionResultType]::ParameterName, 'Security groups for the mount targets, comma-separated or repeated (default: an `efsctl-nfs` group admitting NFS from the VPC''s default group)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('--backup', '--backup', [CompletionResultType]::ParameterName, 'Turn on automatic backups')
            [CompletionResult]::new('--back-on-access', '--back-on-access', [CompletionResultType]::ParameterName, 'Move files back to Standard on their first access')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the file system and its mount targets are available')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;ls' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;describe' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;delete' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Also delete replication, access points and mount targets first')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;tune' {
            [CompletionResult]::new('--throughput-mode', '--throughput-mode', [CompletionResultType]::ParameterName, 'throughput-mode')
            [CompletionResult]::new('--provisioned', '--provisioned', [CompletionResultType]::ParameterName, 'Provisioned throughput in MiB/s (1–3414)')
            [CompletionResult]::new('--days', '--days', [CompletionResultType]::ParameterName, 'Days of history --recommend replays (CloudWatch keeps 1-minute data 15 days)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the change and its cost without making it')
            [CompletionResult]::new('--recommend', '--recommend', [CompletionResultType]::ParameterName, 'Replay the file system''s metrics under Bursting, Elastic and the smallest Provisioned amount that keeps up; recommend the cheapest that would not have throttled')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;cost' {
            [CompletionResult]::new('--days', '--days', [CompletionResultType]::ParameterName, 'Days of history the findings look back over (CloudWatch keeps 5-minute data 63 days)')
            [CompletionResult]::new('--idle-days', '--idle-days', [CompletionResultType]::ParameterName, 'Report a file system idle after this many days without a client connection')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every file system in the region')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;simulate' {
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Change a value of the file, e.g. --set phase.0.clients=16 --set file_system.credits=1TiB')
            [CompletionResult]::new('--step', '--step', [CompletionResultType]::ParameterName, 'Simulated time per step (10ms to 1h)')
            [CompletionResult]::new('--svg', '--svg', [CompletionResultType]::ParameterName, 'Also draw the charts (data moved per mode, Bursting''s credits) into this SVG file')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;mount-target' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the mount targets of a file system')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a mount target (default: the default subnet of --az, or of the first AZ without one)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete mount targets')
            [CompletionResult]::new('sg', 'sg', [CompletionResultType]::ParameterValue, 'Show or replace (--set) the security groups of a mount target')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'efsctl;mount-target;ls' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;mount-target;create' {
            [CompletionResult]::new('--subnet', '--subnet', [CompletionResultType]::ParameterName, 'subnet')
            [CompletionResult]::new('--az', '--az', [CompletionResultType]::ParameterName, 'Availability Zone whose default subnet to use')
            [CompletionResult]::new('--ip', '--ip', [CompletionResultType]::ParameterName, 'IPv4 address in the subnet (default: the next free one)')
            [CompletionResult]::new('--security-group', '--security-group', [CompletionResultType]::ParameterName, 'Security groups (comma-separated or repeated; default: efsctl-nfs)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;mount-target;delete' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;mount-target;sg' {
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'The new security groups (comma-separated or repeated; up to 5)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;mount-target;help' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the mount targets of a file system')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a mount target (default: the default subnet of --az, or of the first AZ without one)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete mount targets')
            [CompletionResult]::new('sg', 'sg', [CompletionResultType]::ParameterValue, 'Show or replace (--set) the security groups of a mount target')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'efsctl;mount-target;help;ls' {
            break
        }
        'efsctl;mount-target;help;create' {
            break
        }
        'efsctl;mount-target;help;delete' {
            break
        }
        'efsctl;mount-target;help;sg' {
            break
        }
        'efsctl;mount-target;help;help' {
            break
        }
        'efsctl;access-point' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the access points of a file system')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an access point with an enforced identity and root directory')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete access points')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'efsctl;access-point;ls' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;access-point;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--uid', '--uid', [CompletionResultType]::ParameterName, 'Enforced user id')
            [CompletionResult]::new('--gid', '--gid', [CompletionResultType]::ParameterName, 'Enforced group id')
            [CompletionResult]::new('--secondary-gids', '--secondary-gids', [CompletionResultType]::ParameterName, 'Enforced secondary group ids, comma-separated')
            [CompletionResult]::new('--path', '--path', [CompletionResultType]::ParameterName, 'Root directory the access point exposes')
            [CompletionResult]::new('--owner-uid', '--owner-uid', [CompletionResultType]::ParameterName, 'Owner of the root directory if EFS creates it')
            [CompletionResult]::new('--owner-gid', '--owner-gid', [CompletionResultType]::ParameterName, 'owner-gid')
            [CompletionResult]::new('--permissions', '--permissions', [CompletionResultType]::ParameterName, 'Mode of the root directory if EFS creates it, e.g. 0755')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;access-point;delete' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;access-point;help' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the access points of a file system')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an access point with an enforced identity and root directory')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete access points')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'efsctl;access-point;help;ls' {
            break
        }
        'efsctl;access-point;help;create' {
            break
        }
        'efsctl;access-point;help;delete' {
            break
        }
        'efsctl;access-point;help;help' {
            break
        }
        'efsctl;sg' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('setup', 'setup', [CompletionResultType]::ParameterValue, 'Make every mount target of FS admit NFS (TCP 2049) from a client group or CIDR')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'efsctl;sg;setup' {
            [CompletionResult]::new('--client-sg', '--client-sg', [CompletionResultType]::ParameterName, 'Security group of the clients (default: the VPC''s default group)')
            [CompletionResult]::new('--cidr', '--cidr', [CompletionResultType]::ParameterName, 'Admit clients from this CIDR block instead')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;sg;help' {
            [CompletionResult]::new('setup', 'setup', [CompletionResultType]::ParameterValue, 'Make every mount target of FS admit NFS (TCP 2049) from a client group or CIDR')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'efsctl;sg;help;setup' {
            break
        }
        'efsctl;sg;help;help' {
            break
        }
        'efsctl;lifecycle' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show the lifecycle transitions')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the lifecycle transitions (replaces the configuration)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Bytes and files per storage class, what moves in the next 1/7/30 days, monthly cost')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove every transition')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'efsctl;lifecycle;get' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;lifecycle;set' {
            [CompletionResult]::new('--ia', '--ia', [CompletionResultType]::ParameterName, 'Move files to Infrequent Access after this many days without access (e.g. 30d)')
            [CompletionResult]::new('--archive', '--archive', [CompletionResultType]::ParameterName, 'Move files to Archive after this many days without access (Elastic throughput only)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('--back-on-access', '--back-on-access', [CompletionResultType]::ParameterName, 'Move files back to Standard on their first access')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what the policy would move and cost (like `lifecycle status`) without setting it')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;lifecycle;status' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;lifecycle;clear' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;lifecycle;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show the lifecycle transitions')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the lifecycle transitions (replaces the configuration)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Bytes and files per storage class, what moves in the next 1/7/30 days, monthly cost')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove every transition')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'efsctl;lifecycle;help;get' {
            break
        }
        'efsctl;lifecycle;help;set' {
            break
        }
        'efsctl;lifecycle;help;status' {
            break
        }
        'efsctl;lifecycle;help;clear' {
            break
        }
        'efsctl;lifecycle;help;help' {
            break
        }
        'efsctl;policy' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the file-system policy')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the policy from a file or presets')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove the policy')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'efsctl;policy;get' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;policy;set' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Policy JSON file (- for stdin)')
            [CompletionResult]::new('--preset', '--preset', [CompletionResultType]::ParameterName, 'Presets, comma-separated: enforce-tls, deny-anonymous, read-only')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('--bypass-lockout-check', '--bypass-lockout-check', [CompletionResultType]::ParameterName, 'Apply a policy even if it denies everyone later policy changes (EFS''s lockout check)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;policy;delete' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;policy;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the file-system policy')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the policy from a file or presets')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove the policy')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'efsctl;policy;help;get' {
            break
        }
        'efsctl;policy;help;set' {
            break
        }
        'efsctl;policy;help;delete' {
            break
        }
        'efsctl;policy;help;help' {
            break
        }
        'efsctl;backup' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show whether automatic backups are on')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'enable')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'disable')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'efsctl;backup;get' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;backup;enable' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;backup;disable' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;backup;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show whether automatic backups are on')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'enable')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'disable')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'efsctl;backup;help;get' {
            break
        }
        'efsctl;backup;help;enable' {
            break
        }
        'efsctl;backup;help;disable' {
            break
        }
        'efsctl;backup;help;help' {
            break
        }
        'efsctl;replication' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List replication configurations (of one file system, or all in the region)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Replicate a file system to another region, AZ or existing file system')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the replication configuration of a source or destination file system')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'efsctl;replication;ls' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;replication;create' {
            [CompletionResult]::new('--to-region', '--to-region', [CompletionResultType]::ParameterName, 'Destination region (default: the same region)')
            [CompletionResult]::new('--to-az', '--to-az', [CompletionResultType]::ParameterName, 'Destination One Zone Availability Zone')
            [CompletionResult]::new('--to-file-system', '--to-file-system', [CompletionResultType]::ParameterName, 'Existing destination file system id (its overwrite protection must be off)')
            [CompletionResult]::new('--kms-key', '--kms-key', [CompletionResultType]::ParameterName, 'kms-key')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;replication;delete' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;replication;help' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List replication configurations (of one file system, or all in the region)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Replicate a file system to another region, AZ or existing file system')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the replication configuration of a source or destination file system')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'efsctl;replication;help;ls' {
            break
        }
        'efsctl;replication;help;create' {
            break
        }
        'efsctl;replication;help;delete' {
            break
        }
        'efsctl;replication;help;help' {
            break
        }
        'efsctl;mount' {
            [CompletionResult]::new('--access-point', '--access-point', [CompletionResultType]::ParameterName, 'Mount through this access point (id or ARN)')
            [CompletionResult]::new('--az', '--az', [CompletionResultType]::ParameterName, 'Availability Zone of the client (default: the first AZ with a mount target; on AWS, the instance''s)')
            [CompletionResult]::new('--client-sg', '--client-sg', [CompletionResultType]::ParameterName, 'Security group of the client (default: the VPC''s default group)')
            [CompletionResult]::new('--mount-target-ip', '--mount-target-ip', [CompletionResultType]::ParameterName, 'Mount the mount target at this address instead of its DNS name (a VPC without DNS, a peered VPC); it must be the mount target of the client''s AZ')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on a mount that has not completed after this long, e.g. 30s, 2m (nothing is left half-mounted; the error names the first failing `efsctl doctor` check)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('--read-only', '--read-only', [CompletionResultType]::ParameterName, 'Mount read-only (as `mount -o ro`)')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Encrypt in transit (TLS), as `mount -t efs -o tls`')
            [CompletionResult]::new('--iam', '--iam', [CompletionResultType]::ParameterName, 'Authenticate with IAM, as `mount -t efs -o iam`')
            [CompletionResult]::new('--allow-other', '--allow-other', [CompletionResultType]::ParameterName, 'Local backend: let other local users use the mount, as they could an NFS mount (FUSE''s allow_other: root, or user_allow_other in /etc/fuse.conf)')
            [CompletionResult]::new('--no-preflight', '--no-preflight', [CompletionResultType]::ParameterName, 'Local backend: skip the emulator''s network checks, so a blocked mount behaves as a real one does (no answer until --timeout)')
            [CompletionResult]::new('--print', '--print', [CompletionResultType]::ParameterName, 'AWS backend: print the mount command instead of running it')
            [CompletionResult]::new('--persist', '--persist', [CompletionResultType]::ParameterName, 'AWS backend: also add the mount to /etc/fstab (with _netdev)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;umount' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;mounts' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;metrics' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'How far back, e.g. 30m, 3h, 2d')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'Datapoint period, a multiple of 1m')
            [CompletionResult]::new('--metric', '--metric', [CompletionResultType]::ParameterName, 'Only these metrics (repeat), e.g. --metric BurstCreditBalance')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;credits' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;dash' {
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'How often to poll the APIs, e.g. 5s, 1m; at least 1s (default: 5s locally, 1m on aws, CloudWatch''s resolution: every poll is billed there)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;watch' {
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Time between lines, e.g. 1m, 30s; at least 1s (default: 1m, CloudWatch''s resolution)')
            [CompletionResult]::new('--horizon', '--horizon', [CompletionResultType]::ParameterName, 'With --check: how far ahead to look at the current rates, e.g. 24h, 7d')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Stop after this many rounds (default: until interrupted)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every file system (the default when none is named)')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Print only what needs attention now or within --horizon, and exit 1 if anything does')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;doctor' {
            [CompletionResult]::new('--az', '--az', [CompletionResultType]::ParameterName, 'The client''s Availability Zone')
            [CompletionResult]::new('--subnet', '--subnet', [CompletionResultType]::ParameterName, 'The client''s subnet (its AZ, VPC and network ACL)')
            [CompletionResult]::new('--instance', '--instance', [CompletionResultType]::ParameterName, 'The client instance (its subnet, address and security groups; aws backend)')
            [CompletionResult]::new('--client-sg', '--client-sg', [CompletionResultType]::ParameterName, 'The client''s security groups (repeat for several)')
            [CompletionResult]::new('--cidr', '--cidr', [CompletionResultType]::ParameterName, 'The client''s address block, e.g. 10.0.1.0/24 or 10.0.1.7/32')
            [CompletionResult]::new('--access-point', '--access-point', [CompletionResultType]::ParameterName, 'The access point the client mounts through')
            [CompletionResult]::new('--uid', '--uid', [CompletionResultType]::ParameterName, 'The user who will write (with --gid)')
            [CompletionResult]::new('--gid', '--gid', [CompletionResultType]::ParameterName, 'gid')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'The mount will use TLS')
            [CompletionResult]::new('--iam', '--iam', [CompletionResultType]::ParameterName, 'The mount will authenticate with IAM')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;k8s' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('manifests', 'manifests', [CompletionResultType]::ParameterValue, 'Manifests for the EFS CSI driver: a static PersistentVolume and claim (of the file system, an access point or a path), or a StorageClass for access-point provisioning')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'What a pod (Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job or CronJob YAML) will and will not be able to do on the volume — read, write, chown — and why')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'efsctl;k8s;manifests' {
            [CompletionResult]::new('--access-point', '--access-point', [CompletionResultType]::ParameterName, 'A static volume through this access point (volumeHandle fs-…::fsap-…)')
            [CompletionResult]::new('--path', '--path', [CompletionResultType]::ParameterName, 'A static volume of this directory (volumeHandle fs-…:/path)')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace of the claim')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the objects (default: efs-NAME)')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Requested size (EFS does not enforce it; Kubernetes needs one)')
            [CompletionResult]::new('--uid-range', '--uid-range', [CompletionResultType]::ParameterName, 'With --dynamic: the POSIX ids the driver gives access points, e.g. 50000-60000')
            [CompletionResult]::new('--base-path', '--base-path', [CompletionResultType]::ParameterName, 'With --dynamic: where access points'' directories go, e.g. /dynamic_provisioning')
            [CompletionResult]::new('--directory-perms', '--directory-perms', [CompletionResultType]::ParameterName, 'With --dynamic: the mode of each new directory')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('--dynamic', '--dynamic', [CompletionResultType]::ParameterName, 'A StorageClass whose claims each get an access point (provisioningMode efs-ap)')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'Mount with TLS (mountOptions: tls)')
            [CompletionResult]::new('--iam', '--iam', [CompletionResultType]::ParameterName, 'Mount with IAM (mountOptions: iam)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;k8s;check' {
            [CompletionResult]::new('--pod', '--pod', [CompletionResultType]::ParameterName, 'The workload''s YAML')
            [CompletionResult]::new('--access-point', '--access-point', [CompletionResultType]::ParameterName, 'The access point its volume mounts through')
            [CompletionResult]::new('--subnet', '--subnet', [CompletionResultType]::ParameterName, 'The cluster nodes'' subnet: adds `efsctl doctor`''s network checks for the nodes')
            [CompletionResult]::new('--node-sg', '--node-sg', [CompletionResultType]::ParameterName, 'The nodes'' security groups (repeat for several), for the network checks')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('--trial', '--trial', [CompletionResultType]::ParameterName, 'Local backend, as root: mount the volume and try the reads, writes and chowns as the pod''s users')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;k8s;help' {
            [CompletionResult]::new('manifests', 'manifests', [CompletionResultType]::ParameterValue, 'Manifests for the EFS CSI driver: a static PersistentVolume and claim (of the file system, an access point or a path), or a StorageClass for access-point provisioning')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'What a pod (Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job or CronJob YAML) will and will not be able to do on the volume — read, write, chown — and why')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'efsctl;k8s;help;manifests' {
            break
        }
        'efsctl;k8s;help;check' {
            break
        }
        'efsctl;k8s;help;help' {
            break
        }
        'efsctl;alarm' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a CloudWatch alarm on a file system from a preset of AWS''s guidance')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the alarms on EFS metrics (of one file system, or all) with their states')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete alarms by name')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'efsctl;alarm;create' {
            [CompletionResult]::new('--preset', '--preset', [CompletionResultType]::ParameterName, 'What to watch')
            [CompletionResult]::new('--threshold', '--threshold', [CompletionResultType]::ParameterName, 'Threshold in the preset''s unit: credits-low GiB of credits (default: an hour of bursting), throughput-saturated percent of permitted (90), io-limit percent (100), storage-growth GiB per day (50)')
            [CompletionResult]::new('--periods', '--periods', [CompletionResultType]::ParameterName, 'Periods in a row that must breach (one minute each; one hour for storage-growth)')
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'ARN to notify or act on when the alarm fires (an SNS topic, …); repeat for several')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Alarm name (default: efsctl-FS-PRESET)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;alarm;ls' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;alarm;delete' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;alarm;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a CloudWatch alarm on a file system from a preset of AWS''s guidance')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the alarms on EFS metrics (of one file system, or all) with their states')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete alarms by name')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'efsctl;alarm;help;create' {
            break
        }
        'efsctl;alarm;help;ls' {
            break
        }
        'efsctl;alarm;help;delete' {
            break
        }
        'efsctl;alarm;help;help' {
            break
        }
        'efsctl;tag' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;untag' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;emulator' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run the emulator in the foreground (Ctrl-C stops it)')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start the emulator in the background and print its endpoint')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop the background emulator')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show whether the emulator runs, its endpoint, pid and data dir')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Delete every emulated resource (file systems, networks return to their defaults)')
            [CompletionResult]::new('clock', 'clock', [CompletionResultType]::ParameterValue, 'Show or move the emulator''s virtual clock (lifecycle ages, credits, the 24-hour rule)')
            [CompletionResult]::new('credits', 'credits', [CompletionResultType]::ParameterValue, 'Set a file system''s burst-credit balance, e.g. to rehearse running out of credits')
            [CompletionResult]::new('sweep', 'sweep', [CompletionResultType]::ParameterValue, 'Apply lifecycle policies now: move due files to IA or Archive (the daemon also does this every second, a little at a time)')
            [CompletionResult]::new('fault', 'fault', [CompletionResultType]::ParameterValue, 'Inject faults to rehearse failures: an AZ outage, a mount target down, API throttling, I/O errors, latency, a full file system')
            [CompletionResult]::new('fsck', 'fsck', [CompletionResultType]::ParameterValue, 'Check a file system''s stored data for inconsistencies (link counts, orphans, data files)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'efsctl;emulator;serve' {
            [CompletionResult]::new('--addr', '--addr', [CompletionResultType]::ParameterName, 'Address to listen on (port 0 picks a free port)')
            [CompletionResult]::new('--create-delay', '--create-delay', [CompletionResultType]::ParameterName, 'How long new resources stay `creating` and deleted ones `deleting`, e.g. 3s, 500ms')
            [CompletionResult]::new('--credentials', '--credentials', [CompletionResultType]::ParameterName, 'Require requests signed (SigV4) with a key pair from this file (AWS credentials-file format; every profile''s keys are accepted)')
            [CompletionResult]::new('--allow-host', '--allow-host', [CompletionResultType]::ParameterName, 'Accept requests addressed to this host name too (besides localhost and IP addresses), e.g. a container''s service name; repeatable')
            [CompletionResult]::new('--allow-origin', '--allow-origin', [CompletionResultType]::ParameterName, 'Accept requests from web pages of this origin (e.g. http://localhost:3000, or *); repeatable')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Directory for the emulator''s state and log [env: EFSCTL_DATA_DIR]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('--allow-remote', '--allow-remote', [CompletionResultType]::ParameterName, 'Listen on non-loopback addresses too (requests must then be signed with --credentials'' keys)')
            [CompletionResult]::new('--verify-signatures', '--verify-signatures', [CompletionResultType]::ParameterName, 'Require signed requests on loopback too (keys from --credentials, else AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)')
            [CompletionResult]::new('--insecure-no-auth', '--insecure-no-auth', [CompletionResultType]::ParameterName, 'With --allow-remote: accept unsigned requests from anyone who can reach the port')
            [CompletionResult]::new('--no-throughput-limits', '--no-throughput-limits', [CompletionResultType]::ParameterName, 'Never delay reads and writes of mounts (credits and metrics still follow the model): for fast local tests, or measuring the data plane itself')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;emulator;start' {
            [CompletionResult]::new('--addr', '--addr', [CompletionResultType]::ParameterName, 'Address to listen on (port 0 picks a free port)')
            [CompletionResult]::new('--create-delay', '--create-delay', [CompletionResultType]::ParameterName, 'How long new resources stay `creating` and deleted ones `deleting`, e.g. 3s, 500ms')
            [CompletionResult]::new('--credentials', '--credentials', [CompletionResultType]::ParameterName, 'Require requests signed (SigV4) with a key pair from this file (AWS credentials-file format; every profile''s keys are accepted)')
            [CompletionResult]::new('--allow-host', '--allow-host', [CompletionResultType]::ParameterName, 'Accept requests addressed to this host name too (besides localhost and IP addresses), e.g. a container''s service name; repeatable')
            [CompletionResult]::new('--allow-origin', '--allow-origin', [CompletionResultType]::ParameterName, 'Accept requests from web pages of this origin (e.g. http://localhost:3000, or *); repeatable')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Directory for the emulator''s state and log [env: EFSCTL_DATA_DIR]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('--allow-remote', '--allow-remote', [CompletionResultType]::ParameterName, 'Listen on non-loopback addresses too (requests must then be signed with --credentials'' keys)')
            [CompletionResult]::new('--verify-signatures', '--verify-signatures', [CompletionResultType]::ParameterName, 'Require signed requests on loopback too (keys from --credentials, else AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)')
            [CompletionResult]::new('--insecure-no-auth', '--insecure-no-auth', [CompletionResultType]::ParameterName, 'With --allow-remote: accept unsigned requests from anyone who can reach the port')
            [CompletionResult]::new('--no-throughput-limits', '--no-throughput-limits', [CompletionResultType]::ParameterName, 'Never delay reads and writes of mounts (credits and metrics still follow the model): for fast local tests, or measuring the data plane itself')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;emulator;stop' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Directory for the emulator''s state and log [env: EFSCTL_DATA_DIR]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;emulator;status' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Directory for the emulator''s state and log [env: EFSCTL_DATA_DIR]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;emulator;reset' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Directory for the emulator''s state and log [env: EFSCTL_DATA_DIR]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;emulator;clock' {
            [CompletionResult]::new('--advance', '--advance', [CompletionResultType]::ParameterName, 'Jump forward, e.g. 36h, 30d')
            [CompletionResult]::new('--speed', '--speed', [CompletionResultType]::ParameterName, 'Virtual seconds per real second from now on, e.g. 60')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Directory for the emulator''s state and log [env: EFSCTL_DATA_DIR]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('--reset', '--reset', [CompletionResultType]::ParameterName, 'Back to real speed (time stays where it is when ahead)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;emulator;credits' {
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'New balance: bytes, or with a unit (500MiB, 1.5TiB)')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Directory for the emulator''s state and log [env: EFSCTL_DATA_DIR]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;emulator;sweep' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Directory for the emulator''s state and log [env: EFSCTL_DATA_DIR]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;emulator;fault' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a fault: `az-outage us-east-1a`, `mount-target-down fsmt-…`, `throttle [efs|ec2|cloudwatch] --rate 0.5`, `io-error FS --rate 0.1`, `latency FS --latency 200ms`, `no-space FS`')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the faults in force')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'End a fault (or every fault with --all); service comes back with nothing lost')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'efsctl;emulator;fault;add' {
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Share of calls or I/Os it hits, from 0 (exclusive) to 1 (default 1)')
            [CompletionResult]::new('--latency', '--latency', [CompletionResultType]::ParameterName, 'Extra time per read or write (latency faults), e.g. 200ms')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Directory for the emulator''s state and log [env: EFSCTL_DATA_DIR]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;emulator;fault;ls' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Directory for the emulator''s state and log [env: EFSCTL_DATA_DIR]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;emulator;fault;clear' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Directory for the emulator''s state and log [env: EFSCTL_DATA_DIR]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'all')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;emulator;fault;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a fault: `az-outage us-east-1a`, `mount-target-down fsmt-…`, `throttle [efs|ec2|cloudwatch] --rate 0.5`, `io-error FS --rate 0.1`, `latency FS --latency 200ms`, `no-space FS`')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the faults in force')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'End a fault (or every fault with --all); service comes back with nothing lost')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'efsctl;emulator;fault;help;add' {
            break
        }
        'efsctl;emulator;fault;help;ls' {
            break
        }
        'efsctl;emulator;fault;help;clear' {
            break
        }
        'efsctl;emulator;fault;help;help' {
            break
        }
        'efsctl;emulator;fsck' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Directory for the emulator''s state and log [env: EFSCTL_DATA_DIR]')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;emulator;help' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run the emulator in the foreground (Ctrl-C stops it)')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start the emulator in the background and print its endpoint')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop the background emulator')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show whether the emulator runs, its endpoint, pid and data dir')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Delete every emulated resource (file systems, networks return to their defaults)')
            [CompletionResult]::new('clock', 'clock', [CompletionResultType]::ParameterValue, 'Show or move the emulator''s virtual clock (lifecycle ages, credits, the 24-hour rule)')
            [CompletionResult]::new('credits', 'credits', [CompletionResultType]::ParameterValue, 'Set a file system''s burst-credit balance, e.g. to rehearse running out of credits')
            [CompletionResult]::new('sweep', 'sweep', [CompletionResultType]::ParameterValue, 'Apply lifecycle policies now: move due files to IA or Archive (the daemon also does this every second, a little at a time)')
            [CompletionResult]::new('fault', 'fault', [CompletionResultType]::ParameterValue, 'Inject faults to rehearse failures: an AZ outage, a mount target down, API throttling, I/O errors, latency, a full file system')
            [CompletionResult]::new('fsck', 'fsck', [CompletionResultType]::ParameterValue, 'Check a file system''s stored data for inconsistencies (link counts, orphans, data files)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'efsctl;emulator;help;serve' {
            break
        }
        'efsctl;emulator;help;start' {
            break
        }
        'efsctl;emulator;help;stop' {
            break
        }
        'efsctl;emulator;help;status' {
            break
        }
        'efsctl;emulator;help;reset' {
            break
        }
        'efsctl;emulator;help;clock' {
            break
        }
        'efsctl;emulator;help;credits' {
            break
        }
        'efsctl;emulator;help;sweep' {
            break
        }
        'efsctl;emulator;help;fault' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a fault: `az-outage us-east-1a`, `mount-target-down fsmt-…`, `throttle [efs|ec2|cloudwatch] --rate 0.5`, `io-error FS --rate 0.1`, `latency FS --latency 200ms`, `no-space FS`')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the faults in force')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'End a fault (or every fault with --all); service comes back with nothing lost')
            break
        }
        'efsctl;emulator;help;fault;add' {
            break
        }
        'efsctl;emulator;help;fault;ls' {
            break
        }
        'efsctl;emulator;help;fault;clear' {
            break
        }
        'efsctl;emulator;help;fsck' {
            break
        }
        'efsctl;emulator;help;help' {
            break
        }
        'efsctl;completions' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;man' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Write efsctl.1 and an efsctl-SUBCOMMAND.1 page per subcommand here')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Where commands run: the local emulator or AWS [env: EFSCTL_BACKEND] [default: local]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (aws backend) [env: EFSCTL_PROFILE]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [env: EFSCTL_REGION] [default: us-east-1 locally, the SDK''s choice on aws]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send API calls to this endpoint (an emulator, or an AWS-compatible service) [env: EFSCTL_ENDPOINT_URL]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: EFSCTL_OUTPUT] [default: table]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'Filter JSON output with a JMESPath expression (as `aws --query`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids, one per line')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never show progress bars')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More diagnostics on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour in output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'efsctl;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a file system, by default with a mount target in every default subnet')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List file systems')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Show a file system with its mount targets and access points')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete file systems (--force removes what they depend on first)')
            [CompletionResult]::new('tune', 'tune', [CompletionResultType]::ParameterValue, 'Change the throughput mode or provisioned throughput, with the cost difference; --recommend: replay the history under each mode and name the cheapest that keeps up')
            [CompletionResult]::new('cost', 'cost', [CompletionResultType]::ParameterValue, 'What file systems cost this month and will by its end, and what would save money')
            [CompletionResult]::new('simulate', 'simulate', [CompletionResultType]::ParameterValue, 'Simulate a workload (TOML) in each throughput mode: time, throttling, credits, cost')
            [CompletionResult]::new('mount-target', 'mount-target', [CompletionResultType]::ParameterValue, 'Mount targets: ls, create, delete, sg')
            [CompletionResult]::new('access-point', 'access-point', [CompletionResultType]::ParameterValue, 'Access points: ls, create, delete')
            [CompletionResult]::new('sg', 'sg', [CompletionResultType]::ParameterValue, 'Security groups for NFS access to mount targets')
            [CompletionResult]::new('lifecycle', 'lifecycle', [CompletionResultType]::ParameterValue, 'Lifecycle transitions to IA and Archive: get, set, clear')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'File-system policy: get, set (file or presets), delete')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Automatic backups: get, enable, disable')
            [CompletionResult]::new('replication', 'replication', [CompletionResultType]::ParameterValue, 'Replication: ls, create, delete')
            [CompletionResult]::new('mount', 'mount', [CompletionResultType]::ParameterValue, 'Mount a file system (locally: served by the emulator over FUSE; on AWS: NFS / efs-utils)')
            [CompletionResult]::new('umount', 'umount', [CompletionResultType]::ParameterValue, 'Unmount a directory mounted with `efsctl mount`')
            [CompletionResult]::new('mounts', 'mounts', [CompletionResultType]::ParameterValue, 'List mounts made with `efsctl mount`')
            [CompletionResult]::new('metrics', 'metrics', [CompletionResultType]::ParameterValue, 'CloudWatch metrics of a file system: throughput, credits, IOPS, connections')
            [CompletionResult]::new('credits', 'credits', [CompletionResultType]::ParameterValue, 'Burst credits: balance, baseline and burst rates, and when they run out or refill')
            [CompletionResult]::new('dash', 'dash', [CompletionResultType]::ParameterValue, 'Live dashboard: every file system''s throughput, credits, IOPS and tiering; Enter for one in depth')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'One line per file system per interval (throughput against permitted, credits, IOPS); --check: what needs attention now or soon, exit 1 if anything (for cron and CI)')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Why a mount fails: every check from the mount target to the policy, with the fix')
            [CompletionResult]::new('k8s', 'k8s', [CompletionResultType]::ParameterValue, 'Kubernetes: EFS CSI manifests, and what a pod can do on the volume')
            [CompletionResult]::new('alarm', 'alarm', [CompletionResultType]::ParameterValue, 'CloudWatch alarms on a file system: create from presets, list with states, delete')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'Add or replace tags: efsctl tag FS KEY=VALUE…')
            [CompletionResult]::new('untag', 'untag', [CompletionResultType]::ParameterValue, 'Remove tags: efsctl untag FS KEY…')
            [CompletionResult]::new('emulator', 'emulator', [CompletionResultType]::ParameterValue, 'Run and control the local emulator')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions (bash, zsh, fish, powershell, elvish)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff), or write every page (one per subcommand) to a directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'efsctl;help;create' {
            break
        }
        'efsctl;help;ls' {
            break
        }
        'efsctl;help;describe' {
            break
        }
        'efsctl;help;delete' {
            break
        }
        'efsctl;help;tune' {
            break
        }
        'efsctl;help;cost' {
            break
        }
        'efsctl;help;simulate' {
            break
        }
        'efsctl;help;mount-target' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the mount targets of a file system')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a mount target (default: the default subnet of --az, or of the first AZ without one)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete mount targets')
            [CompletionResult]::new('sg', 'sg', [CompletionResultType]::ParameterValue, 'Show or replace (--set) the security groups of a mount target')
            break
        }
        'efsctl;help;mount-target;ls' {
            break
        }
        'efsctl;help;mount-target;create' {
            break
        }
        'efsctl;help;mount-target;delete' {
            break
        }
        'efsctl;help;mount-target;sg' {
            break
        }
        'efsctl;help;access-point' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the access points of a file system')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an access point with an enforced identity and root directory')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete access points')
            break
        }
        'efsctl;help;access-point;ls' {
            break
        }
        'efsctl;help;access-point;create' {
            break
        }
        'efsctl;help;access-point;delete' {
            break
        }
        'efsctl;help;sg' {
            [CompletionResult]::new('setup', 'setup', [CompletionResultType]::ParameterValue, 'Make every mount target of FS admit NFS (TCP 2049) from a client group or CIDR')
            break
        }
        'efsctl;help;sg;setup' {
            break
        }
        'efsctl;help;lifecycle' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show the lifecycle transitions')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the lifecycle transitions (replaces the configuration)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Bytes and files per storage class, what moves in the next 1/7/30 days, monthly cost')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Remove every transition')
            break
        }
        'efsctl;help;lifecycle;get' {
            break
        }
        'efsctl;help;lifecycle;set' {
            break
        }
        'efsctl;help;lifecycle;status' {
            break
        }
        'efsctl;help;lifecycle;clear' {
            break
        }
        'efsctl;help;policy' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the file-system policy')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the policy from a file or presets')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove the policy')
            break
        }
        'efsctl;help;policy;get' {
            break
        }
        'efsctl;help;policy;set' {
            break
        }
        'efsctl;help;policy;delete' {
            break
        }
        'efsctl;help;backup' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show whether automatic backups are on')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'enable')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'disable')
            break
        }
        'efsctl;help;backup;get' {
            break
        }
        'efsctl;help;backup;enable' {
            break
        }
        'efsctl;help;backup;disable' {
            break
        }
        'efsctl;help;replication' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List replication configurations (of one file system, or all in the region)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Replicate a file system to another region, AZ or existing file system')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the replication configuration of a source or destination file system')
            break
        }
        'efsctl;help;replication;ls' {
            break
        }
        'efsctl;help;replication;create' {
            break
        }
        'efsctl;help;replication;delete' {
            break
        }
        'efsctl;help;mount' {
            break
        }
        'efsctl;help;umount' {
            break
        }
        'efsctl;help;mounts' {
            break
        }
        'efsctl;help;metrics' {
            break
        }
        'efsctl;help;credits' {
            break
        }
        'efsctl;help;dash' {
            break
        }
        'efsctl;help;watch' {
            break
        }
        'efsctl;help;doctor' {
            break
        }
        'efsctl;help;k8s' {
            [CompletionResult]::new('manifests', 'manifests', [CompletionResultType]::ParameterValue, 'Manifests for the EFS CSI driver: a static PersistentVolume and claim (of the file system, an access point or a path), or a StorageClass for access-point provisioning')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'What a pod (Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job or CronJob YAML) will and will not be able to do on the volume — read, write, chown — and why')
            break
        }
        'efsctl;help;k8s;manifests' {
            break
        }
        'efsctl;help;k8s;check' {
            break
        }
        'efsctl;help;alarm' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a CloudWatch alarm on a file system from a preset of AWS''s guidance')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the alarms on EFS metrics (of one file system, or all) with their states')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete alarms by name')
            break
        }
        'efsctl;help;alarm;create' {
            break
        }
        'efsctl;help;alarm;ls' {
            break
        }
        'efsctl;help;alarm;delete' {
            break
        }
        'efsctl;help;tag' {
            break
        }
        'efsctl;help;untag' {
            break
        }
        'efsctl;help;emulator' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run the emulator in the foreground (Ctrl-C stops it)')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start the emulator in the background and print its endpoint')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop the background emulator')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show whether the emulator runs, its endpoint, pid and data dir')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Delete every emulated resource (file systems, networks return to their defaults)')
            [CompletionResult]::new('clock', 'clock', [CompletionResultType]::ParameterValue, 'Show or move the emulator''s virtual clock (lifecycle ages, credits, the 24-hour rule)')
            [CompletionResult]::new('credits', 'credits', [CompletionResultType]::ParameterValue, 'Set a file system''s burst-credit balance, e.g. to rehearse running out of credits')
            [CompletionResult]::new('sweep', 'sweep', [CompletionResultType]::ParameterValue, 'Apply lifecycle policies now: move due files to IA or Archive (the daemon also does this every second, a little at a time)')
            [CompletionResult]::new('fault', 'fault', [CompletionResultType]::ParameterValue, 'Inject faults to rehearse failures: an AZ outage, a mount target down, API throttling, I/O errors, latency, a full file system')
            [CompletionResult]::new('fsck', 'fsck', [CompletionResultType]::ParameterValue, 'Check a file system''s stored data for inconsistencies (link counts, orphans, data files)')
            break
        }
        'efsctl;help;emulator;serve' {
            break
        }
        'efsctl;help;emulator;start' {
            break
        }
        'efsctl;help;emulator;stop' {
            break
        }
        'efsctl;help;emulator;status' {
            break
        }
        'efsctl;help;emulator;reset' {
            break
        }
        'efsctl;help;emulator;clock' {
            break
        }
        'efsctl;help;emulator;credits' {
            break
        }
        'efsctl;help;emulator;sweep' {
            break
        }
        'efsctl;help;emulator;fault' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a fault: `az-outage us-east-1a`, `mount-target-down fsmt-…`, `throttle [efs|ec2|cloudwatch] --rate 0.5`, `io-error FS --rate 0.1`, `latency FS --latency 200ms`, `no-space FS`')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the faults in force')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'End a fault (or every fault with --all); service comes back with nothing lost')
            break
        }
        'efsctl;help;emulator;fault;add' {
            break
        }
        'efsctl;help;emulator;fault;ls' {
            break
        }
        'efsctl;help;emulator;fault;clear' {
            break
        }
        'efsctl;help;emulator;fsck' {
            break
        }
        'efsctl;help;completions' {
            break
        }
        'efsctl;help;man' {
            break
        }
        'efsctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
