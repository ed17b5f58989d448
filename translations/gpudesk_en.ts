<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About GPU Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;GPU Desk %1&lt;/h2&gt;&lt;p&gt;One desktop console for the GPUs you rent from many clouds.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later (%2). Prices are labelled with their source and age; snapshot prices are dated list prices, not live quotes.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: %1 · Qt %2 (run time)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>No data directory could be determined. Start GPU Desk with --data-dir DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data directory %1. Check its permissions or choose another with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data directory %1 is not writable. Check its permissions or choose another with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n live offer(s).</source>
        <translation>
            <numerusform>%1: %n live offer.</numerusform>
            <numerusform>%1: %n live offers.</numerusform>
        </translation>
    </message>
    <message>
        <source>No provider has an API key yet: prices are from the bundled snapshot. Add keys in Settings → Providers and keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox needs GPU Desk&apos;s database, which is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox has no offers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttemptRepository</name>
    <message>
        <source>Could not number the attempts of job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store attempt %1 of job %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the attempts of job %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Budget</name>
    <message>
        <source>all jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetRepository</name>
    <message>
        <source>A monthly budget must be more than $0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the budgets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no budget %1: gpudesk-cli budget list shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the budget alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the budget alerts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuildInfo</name>
    <message>
        <source>windows, networking, database access, charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH terminals, commands and port forwarding; the Sandbox&apos;s SSH servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local database (public domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminal emulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job files in YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU specification table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figures derived from public spec tables; sources and dates in SOURCES.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facts (list prices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dated public list prices with their source per row; see SOURCES.md</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>The bundled file %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown provider &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance_type and gpu_model must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole non-negative number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price_usd_per_hour &quot;%1&quot; is not a positive amount in dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billing &quot;%1&quot; is not one of on-demand, spot, community, reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as_of &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpu_memory_gb &quot;%1&quot; is not a whole non-negative number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated (local Sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote: no list price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot, undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>snapshot, %n day(s) old</source>
        <translation>
            <numerusform>snapshot, %n day old</numerusform>
            <numerusform>snapshot, %n days old</numerusform>
        </translation>
    </message>
    <message>
        <source>gpu_count &quot;%1&quot; is not a whole number of GPUs (1 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &quot;source&quot; column is empty: every price must name where it comes from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>option %1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be table, json or csv, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFFERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU MODELS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VENDOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARCHITECTURE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEMORY GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BANDWIDTH GB/S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BF16 TFLOPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP8 TFLOPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POWER W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INTERCONNECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--min-gpus must be a whole number of GPUs (1 or more), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--min-memory must be a whole number of GB per GPU, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a whole number (1 or more), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-price must be an amount in US dollars per hour such as 2.50, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown provider &quot;%1&quot;; &quot;gpudesk-cli providers&quot; lists them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--billing must be on-demand, spot, community or reserved, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sort must be price, price-per-gpu, price-per-pflop or memory, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--task must be training, inference or latency, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INSTANCE TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEM GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BILLING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$/H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$/GPU-H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$/PFLOP-H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRICE SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offers match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRICE SOURCES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRICES AS OF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEMORY TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(see gpudesk-cli --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The provider did not answer within %n second(s). The job&apos;s state is stored; check it again with &quot;gpudesk-cli jobs&quot;.</source>
        <translation>
            <numerusform>The provider did not answer within %n second. The job&apos;s state is stored; check it again with &quot;gpudesk-cli jobs&quot;.</numerusform>
            <numerusform>The provider did not answer within %n seconds. The job&apos;s state is stored; check it again with &quot;gpudesk-cli jobs&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>validate needs a job file: gpudesk-cli validate FILE.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs a format and a file: gpudesk-cli import skypilot|dstack FILE -o OUT.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import reads skypilot or dstack files, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n warning(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n warning).</numerusform>
            <numerusform>Wrote %1 (%n warnings).</numerusform>
        </translation>
    </message>
    <message>
        <source>the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>launch needs a job file, or --provider and --gpu MODEL:COUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown template &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--gpu must be MODEL:COUNT such as H100:8, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--env must be NAME=VALUE, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid; not launched (--dry-run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offer: %1 × %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimate: %1 per hour (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 for the max runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price on quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no matching offer in the catalog: no estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 failed to launch: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launched %1 (%2) on %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs yet. &quot;gpudesk-cli launch&quot; starts one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status needs a job: gpudesk-cli status JOB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--wait needs a state such as running or stopped, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be whole seconds, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is %2 and will not become %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Job %1 is still %2 after %n second(s).</source>
        <translation>
            <numerusform>Job %1 is still %2 after %n second.</numerusform>
            <numerusform>Job %1 is still %2 after %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a job: gpudesk-cli %1 JOB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logs needs a job: gpudesk-cli logs JOB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bytes must be a positive whole number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider did not send the logs in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an orphan instance; &quot;gpudesk-cli orphans&quot; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INSTANCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JOB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orphans: every instance belongs to a job and every job&apos;s instance exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-config needs a job: gpudesk-cli ssh-config JOB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider did not say how to reach job %1 in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: connect with ssh -F %1 gpudesk-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpudesk-cli: the keychain did not answer within 30 seconds; continuing without stored keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys: unknown subcommand &quot;%1&quot; (set, test, remove)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys %1: name one provider (lambda, runpod, vastai, crusoe, lepton)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys %1: --account is only for &quot;keys set&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a provider that takes an API key (lambda, runpod, vastai, crusoe, lepton)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys set: no key on stdin (pipe it in, e.g. &quot;pass show lambda | gpudesk-cli keys set lambda&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys set: %1 needs the secret key on the second line of stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys set: DGX Cloud Lepton needs --account WORKSPACE_URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys set: %1 needs --account PROJECT_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer within a minute; the key was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored the %1 key in %2. Check it with &quot;gpudesk-cli keys test %3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1 is set in the environment and takes precedence over the stored key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer within a minute; the key may still be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the %1 key from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 did not answer within %n second.</numerusform>
            <numerusform>%1 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: prices come from the bundled snapshot only (no API GPU Desk can ask).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The providers did not answer within %n second(s).</source>
        <translation>
            <numerusform>The providers did not answer within %n second.</numerusform>
            <numerusform>The providers did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>No provider has an API key yet, so there is nothing live to fetch: showing snapshot prices. Add a key with &quot;gpudesk-cli keys set PROVIDER&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n live offer(s).</source>
        <translation>
            <numerusform>%1: %n live offer.</numerusform>
            <numerusform>%1: %n live offers.</numerusform>
        </translation>
    </message>
    <message>
        <source>exec: name a job or ssh://user@host:port, then -- COMMAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a known host (%2 key %3). Check the fingerprint, then run again with --accept-new to trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: gpudesk-cli [--data-dir DIR] [--lang LANG] COMMAND [OPTIONS]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  providers [--format table|json|csv]
      Providers GPU Desk knows, with their offers and where the prices come from.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  gpus [--format table|json|csv]
      The GPU spec table: memory, bandwidth, BF16/FP8 dense TFLOPS, power.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  offers [--gpu NAME] [--min-gpus N] [--min-memory GB] [--max-price USD]
         [--provider NAME] [--region R] [--billing on-demand|spot|community|reserved]
         [--search TEXT] [--task training|inference|latency]
         [--sort price|price-per-gpu|price-per-pflop|memory] [--limit N]
         [--include-simulated] [--refresh] [--format table|json|csv]
      GPU offers side by side. --gpu accepts families (&quot;h100&quot; is H100 SXM, PCIe and NVL)
      and lists (&quot;H100,H200&quot;). --task ranks the offers for the task and says why.
      --refresh fetches live offers first from every provider with a key (or those of
      --provider) and reports on stderr what each one answered.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  launch FILE.yaml [--provider P] [--dry-run] [--format table|json]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  launch --provider P --gpu MODEL:COUNT [--name N] [--image I] [--template T]
         [--env K=V]... [--dry-run] -- COMMAND...
      Launches a job and prints its id. --dry-run validates and prints the resolved job
      and its cost estimate without launching.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  validate FILE.yaml
      Checks a job file; exits 2 listing each field&apos;s problem.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  import skypilot|dstack FILE -o OUT.yaml
      Converts a SkyPilot or dstack task file; what cannot be mapped is listed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  jobs [--format table|json]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  status JOB [--wait STATE --timeout SECONDS] [--format table|json]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  stop|start|terminate JOB
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  logs JOB [--bytes N]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  orphans [--terminate INSTANCE] [--format table|json]
      Instances no job owns, and jobs whose instance vanished.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ssh-config JOB [-o FILE]
      An OpenSSH Host block (and a known_hosts file) so that `ssh -F FILE gpudesk-JOB` works.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  exec JOB|ssh://user@host:port [-i KEY] [--known-hosts FILE] [--accept-new] -- COMMAND
      Runs COMMAND over SSH and passes its output and exit status through. An unknown host
      fails with its fingerprint unless --accept-new; a changed host key always fails.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  keys [--format table|json]
      Which providers have an API key, and where it comes from (never the key).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  keys set PROVIDER [--account ID]
      Stores a key in the system keychain, read from stdin (never from the command line).
      Crusoe reads the access key, then the secret key; --account is Crusoe&apos;s project id or
      the DGX Cloud Lepton workspace URL.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  keys test PROVIDER
      Calls a cheap read endpoint with the key and says what worked.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  keys remove PROVIDER
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  about [--format table|json|csv]
      GPU Desk&apos;s version and licence, and the libraries and data it is built with.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Options:
  --data-dir DIR   where GPU Desk keeps its database (default: $GPUDESK_DATA_DIR, else the
                   platform&apos;s application data folder)
  --lang LANG      en or zh_CN (default: the system language)
  --version        print the version
  --help           print this help

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 runtime error, 2 usage or validation error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU Desk %1, licensed under %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMPONENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LICENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USED FOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  report --from YYYY-MM-DD --to YYYY-MM-DD [--group-by day|provider|project|gpu|job]
         [--format csv|json|html|pdf] [-o FILE] [--time-zone ZONE] [--idle-under PERCENT]
      Cost report of the days given (both included, local days unless --time-zone): GPU-hours,
      estimated, simulated and billed cost, idle GPU-hours and wasted dollars. CSV, JSON and HTML
      go to stdout without -o; PDF needs -o.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  budget set --monthly USD [--project P] [--provider P] [--auto-stop]
  budget list [--format table|json|csv]
  budget remove ID
      Monthly budgets: alerts at 50, 80 and 100 %; --auto-stop stops the budget&apos;s jobs at 100 %.
      list shows this month&apos;s spend, burn rate and month-end forecast.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  idle set [--job JOB] [--under PERCENT] [--for MINUTES] [--action warn|stop|warn-then-stop]
           [--grace MINUTES] [--off]
  idle list|remove [--job JOB]
      Idle auto-stop: a job whose GPUs stay under PERCENT (5) for MINUTES (30) is warned about
      and/or stopped. Without --job: the default for jobs without their own.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  usage [--job JOB] [--format table|json|csv]
      The latest GPU samples (utilization, memory, power, temperature) of running jobs.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs --from and --to as YYYY-MM-DD (both days included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--group-by must be day, provider, project, gpu or job, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be csv, json, html or pdf, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF report needs -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot; (an IANA name such as Europe/Berlin, or UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--idle-under must be a percentage from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF reports need the graphics library; run gpudesk-cli as installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %2 estimated, %3 simulated, %n row(s).</source>
        <translation>
            <numerusform>Wrote %1: %2 estimated, %3 simulated, %n row.</numerusform>
            <numerusform>Wrote %1: %2 estimated, %3 simulated, %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>budget set needs --monthly USD, an amount above 0 (e.g. 500 or 1250.50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget %1: %2 a month for %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, its jobs stopped at 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget remove needs the budget&apos;s id (gpudesk-cli budget list shows it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget takes set, list or remove, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MONTHLY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BURN/H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MONTH END</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUNS OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTO-STOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budgets yet. &quot;gpudesk-cli budget set --monthly USD&quot; sets one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--under must be a percentage from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--for must be a number of minutes above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--grace must be a number of minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--action must be warn, stop or warn-then-stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle policy for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every job without its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>GPUs under %1 % for %n minute(s): %2</source>
        <translation>
            <numerusform>GPUs under %1 % for %n minute: %2</numerusform>
            <numerusform>GPUs under %1 % for %n minutes: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle takes set, list or remove, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNDER %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOR MIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GRACE MIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTIL %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEM MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OF MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEMP °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No samples yet: GPU Desk samples running jobs every 10 seconds while the desktop app runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  launch FILE.yaml --provider auto [--dry-run] [--format table|json]
      Places the job on the best offer of every provider that can launch (the file&apos;s
      placement: block says which GPUs, providers and regions), moving on past capacity
      refusals. --dry-run prints the ranked candidates, why each is there, and what was excluded.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  sandbox preempt JOB
      The Sandbox takes the job&apos;s pod back, as a cloud takes back a spot instance.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [restart %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching live prices from %1 first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates for %1 (%2), best first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not launched (--dry-run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offer matches %1: %2 Try &quot;gpudesk-cli launch %3 --provider auto --dry-run&quot; to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placing %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 was not placed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sandbox needs a command: gpudesk-cli sandbox preempt JOB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 has no Sandbox pod to preempt (it runs at &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox is not set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod %1 of job %2 was preempted; the job notices at its next status check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  cp [-r] [-i KEY] [--known-hosts FILE] [--accept-new] LOCAL JOB:PATH|ssh://user@host:port/PATH
  cp [-r] [-i KEY] [--known-hosts FILE] [--accept-new] JOB:PATH|ssh://user@host:port/PATH LOCAL
      Copies a file (a folder with -r) over SFTP, with a progress bar on a terminal. A relative
      JOB:PATH is in the remote home folder; in an ssh:// address, /~/PATH is too. Into an existing
      folder the copy keeps its name; modes are kept; an unfinished file never takes the final name.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cp: give a SOURCE and a TARGET, one of them JOB:PATH or ssh://user@host:port/PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cp: copy between this computer and one remote machine, not between two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cp: one of SOURCE and TARGET must be JOB:PATH or ssh://user@host:port/PATH (write ./%1 for a local name with a colon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n file(s), %1, to %2.</source>
        <translation>
            <numerusform>Copied %n file, %1, to %2.</numerusform>
            <numerusform>Copied %n files, %1, to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>&quot;%1&quot; takes no command after --</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; for &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1 for &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option %1 takes no value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Go to a view, job or offer, or run an action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑↓ choose · Enter go · Esc close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted cell is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty (a header row is required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 cells as in the header, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing column(s): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not read the provider settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not a GPU Desk database. It was left untouched; restore it from a backup, or move it away to start with an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be read or written. Check the disk and the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be read. Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be opened. Check the disk and the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of GPU Desk (schema %2; this version knows up to %3). Update GPU Desk, or start it with another --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged. It was left untouched; restore it from a backup, or move it away to start with an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the provider settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DstackImporter</name>
    <message>
        <source>expected task, dev-environment or service: a dstack %1 configuration describes no job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untyped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no type: read as a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dstack&apos;s base image with Python %1 is not imported: set an image, for example python:%1 or nvcr.io/nvidia/pytorch:24.05-py3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported: connect your IDE over SSH (for example VS Code Remote-SSH with the host from gpudesk-cli ssh-config)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported: GPU Desk does not upload local files or repos; fetch the code in setup (for example git clone) or build it into the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;auto&quot; (spot or on-demand) imported as on-demand: choose a spot offer when you launch to pay less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected spot, on-demand or auto, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported: GPU Desk does not resubmit failed or preempted jobs by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dstack may use any of these backends; GPU Desk imported the first, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU Desk has no provider &quot;%1&quot;: choose a provider when you launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dstack may use any of these regions; GPU Desk imported the first, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dstack may use any of these instance types; GPU Desk imported the first, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry credentials are not imported: job files are plain text; log in to the registry on the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported: GPU Desk runs one replica of a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported: GPU Desk has no equivalent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the configuration has no name: named &quot;%1&quot; after the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no image: dstack would use its base image; set the image the job runs in (for example nvcr.io/nvidia/pytorch:24.05-py3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 renamed to GPU Desk&apos;s %2, which are set on every node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the commands use %1, which GPU Desk does not set: edit them before launching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no value in the file (dstack takes it from your shell): set it before you launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refers to a dstack secret or variable (%2): set its value before you launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port mapping not imported: write the container port as a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a port such as 8000 or 80:8000, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local port %1 not imported: GPU Desk forwards container port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk range %1 imported as its lower end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported: GPU Desk chooses machines by GPU; check the vCPUs and memory of the offer you pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported: shared memory size is the provider&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a GPU count such as 8 or 1..2, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>dstack accepts %1 GPUs; GPU Desk imported %n: change the count if you want more</source>
        <translation>
            <numerusform>dstack accepts %1 GPUs; GPU Desk imported %n: change the count if you want more</numerusform>
            <numerusform>dstack accepts %1 GPUs; GPU Desk imported %n: change the count if you want more</numerusform>
        </translation>
    </message>
    <message>
        <source>dstack takes any GPU with %1 of memory: choose a GPU model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory %1 not imported: the GPU model decides the memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported: the GPU model decides the memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported: choose a GPU model instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dstack takes any GPU model here: choose one before you launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dstack takes any of %1; GPU Desk imported %2: choose another offer when you launch if needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dstack uses whichever of these volumes is in the job&apos;s region; GPU Desk imported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported: GPU Desk mounts every volume it lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a volume with a name (or instance_path) and a path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GpuSpecTable</name>
    <message>
        <source>the model name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release_year &quot;%1&quot; is not a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole non-negative number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a non-negative number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled GPU spec table is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &quot;source&quot; column is empty: every figure must name where it comes from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdlePolicyRepository</name>
    <message>
        <source>An idle policy needs a threshold from 0 to 100 % and a duration of more than 0 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the idle policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the idle policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the idle policies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobAttempt</name>
    <message>
        <source>launching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>launched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preempted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobRepository</name>
    <message>
        <source>Could not save job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the history of job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is %2, not %3: it changed meanwhile. Look at it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 cannot go from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 has an unknown state &quot;%2&quot; in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no job %1. &quot;gpudesk-cli jobs&quot; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several jobs: use more of the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the history of job %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobSpecJson</name>
    <message>
        <source>A stored job has an unreadable %1 (&quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobSpecValidator</name>
    <message>
        <source>Give the job a name, for example &quot;llama-finetune&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is %1 characters long; shorten it to at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name contains %1: use only letters, digits, &quot;-&quot;, &quot;_&quot; and &quot;.&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen offer is from &quot;%1&quot;, but the job names provider &quot;%2&quot;: pick an offer from &quot;%2&quot; or change the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GPU count cannot be negative: use 0 for a CPU-only job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for at least one %1 GPU, or clear the GPU model for a CPU-only job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The chosen offer has %n GPU(s) per node; ask for at most that many or choose a bigger offer.</source>
        <translation>
            <numerusform>The chosen offer has %n GPU per node; ask for at most that many or choose a bigger offer.</numerusform>
            <numerusform>The chosen offer has %n GPUs per node; ask for at most that many or choose a bigger offer.</numerusform>
        </translation>
    </message>
    <message>
        <source>GPU Desk does not know the GPU model &quot;%1&quot;: choose one from the list of GPU models (for example &quot;H100 SXM&quot; or &quot;A100 80GB SXM&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU Desk does not know the GPU model &quot;%1&quot;: did you mean &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job runs on at least one node: set nodes to 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU Desk launches at most %1 nodes per job; split the job or lower the node count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A multi-node job needs at least one GPU per node: set the GPU count, or run on one node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a container image, for example nvcr.io/nvidia/pytorch:24.05-py3 (the Sandbox records the image but runs the command on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A container image reference has no spaces: write it as registry/name:tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the command the job runs, or pick the Dev pod or Jupyter template for an interactive pod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this environment variable a name, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid environment variable name: start with a letter or &quot;_&quot; and use only letters, digits and &quot;_&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set twice; remove one of the two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is out of range: use a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is listed twice; remove one of the two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the volume as source:/absolute/path (for example data:/data or /home/me/datasets:/datasets), optionally followed by :ro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk size cannot be negative: use 0 for the provider&apos;s default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum runtime cannot be negative: leave it empty for no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum cost must be more than $0: raise it, or leave it empty for no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer costs %1 per hour, so a maximum cost of %2 stops the job within its first hour: raise it to at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) cost %1 per hour, so a maximum cost of %2 stops the job within its first hour: raise it to at least %1.</source>
        <translation>
            <numerusform>%n node costs %1 per hour, so a maximum cost of %2 stops the job within its first hour: raise it to at least %1.</numerusform>
            <numerusform>%n nodes cost %1 per hour, so a maximum cost of %2 stops the job within its first hour: raise it to at least %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The maximum price per hour must be more than $0: raise it, or leave it empty for no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen offer costs %1 per hour, above your maximum of %2: choose a cheaper offer or raise the maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idle stop time cannot be negative: use 0 to keep the job running when idle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen offer&apos;s GPUs are %1, not %2: pick another offer or change the GPU model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU Desk does not know the GPU model &quot;%1&quot;: write a model such as &quot;H100&quot; or a memory floor such as &quot;80GB+&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobStates</name>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provisioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preempted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobTemplates</name>
    <message>
        <source>PyTorch distributed (torchrun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trains with torchrun on one or more nodes; MASTER_ADDR, MASTER_PORT, NNODES, NODE_RANK and NGPUS are set on every node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs mpirun from the first node over every GPU of every node; HOSTFILE lists the nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jupyter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JupyterLab on port 8888, protected by a random token (JUPYTER_TOKEN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM inference server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves the model named in MODEL with vLLM&apos;s OpenAI-compatible API on port 8000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dev pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pod that stays up (sleep infinity) so you can work in it over SSH.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobYaml</name>
    <message>
        <source>expected MODEL:COUNT such as &quot;H100 SXM:8&quot;, or {model: …, count: …}, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no value (write NAME=value); it is set to an empty value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GPU Desk template (%2); kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored: the file also has &quot;command&quot;, which is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 to keep its comments: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown import format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a GPU model such as &quot;H100&quot;, or a memory floor such as &quot;80GB+&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a provider GPU Desk knows (%1), found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected price, nearest, newest or listed, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number of attempts from 1 to 100, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a duration such as &quot;15m&quot; or &quot;1h&quot;, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number of restarts from 0 to 100, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used only with &quot;provider: auto&quot;; ignored for provider &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnownHosts</name>
    <message>
        <source>Cannot read GPU Desk&apos;s known hosts file %1. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the host key to %1. Check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update GPU Desk&apos;s known hosts file %1. Check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerRepository</name>
    <message>
        <source>Could not record the usage of job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the usage of running jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the cost ledger.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricStore</name>
    <message>
        <source>Could not read or write GPU utilization. Check the disk and the database file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NvidiaSmiParser</name>
    <message>
        <source>nvidia-smi gave no GPU readings on this machine. Check that the NVIDIA driver is loaded and nvidia-smi is installed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Offer</name>
    <message>
        <source>on-demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacementConstraints</name>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a GPU with %1 GB or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2 GB or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheapest, nearest region first on ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheapest, newest GPU first on ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU models in the order listed, then cheapest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PodProcesses</name>
    <message>
        <source>The Sandbox could not start the pod&apos;s process (no pipe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox could not start the pod&apos;s process: the system refused a new process. Close some programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox could not open the pod&apos;s log file %1. Check free disk space and the data folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox could not enter the pod&apos;s folder %1. Check the data folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox could not run %1 for the pod. Check that bash is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox could not prepare the pod&apos;s process (step %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PodRecord</name>
    <message>
        <source>A Sandbox pod was saved by a newer version of GPU Desk. Update GPU Desk to manage it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Sandbox pod record has no id or an unknown state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox could not save the state of pod %1 to %2. Check free disk space and the data folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox could not read the pod state %1. Check the data folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pod state %1 is damaged; the Sandbox leaves it alone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderDirectory</name>
    <message>
        <source>cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reseller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recommender</name>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), %3 GPUs over %4: %5 per BF16 PFLOP-hour</source>
        <extracomment>%4 is the GPU interconnect, e.g. &quot;NVLink 5&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), single GPU: %3 per BF16 PFLOP-hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 GB per GPU: %3 per GB-hour of GPU memory (no published BF16 figure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 GB per GPU: %3 per GB-hour of GPU memory, %4 per BF16 PFLOP-hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your region (%1: %2), %3 per GPU-hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region not stated by the source; %1 per GPU-hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside your region (%1 is in %2), %3 per GPU-hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), %3 GPUs over PCIe: %4 per BF16 PFLOP-hour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>North America</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South America</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle East</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Africa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>GPU Desk cost report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total simulated (Sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wasted (idle GPUs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 idle GPU-hours under %3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a known rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n interval(s), not in the totals</source>
        <translation>
            <numerusform>%n interval, not in the totals</numerusform>
            <numerusform>%n intervals, not in the totals</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1. Simulated (Sandbox) cost is never real spend and is not in the estimated total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 (time zone %2), grouped by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the report to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle GPU-h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wasted (sim.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxDaemon</name>
    <message>
        <source>%1 needs a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxSettings</name>
    <message>
        <source>Could not read the Sandbox settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the Sandbox settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>Instance preempted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU Desk cannot launch at %1 through its API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is switched off in Settings → Providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no API key (Settings → Providers).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SftpTransfer</name>
    <message>
        <source>No such file or folder on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 already exists on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 dropped during the transfer of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not support this file operation on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reported a failure on %2 (when writing, its disk may be full).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partial file %1 may remain on %2: delete it or upload again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer did not finish: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such file or folder on this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder: copy it with -r (or choose Upload Folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 on this computer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 on this computer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 on this computer (is the disk full?): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 is a folder: copy it with -r.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimulatedNvidiaSmi</name>
    <message>
        <source>GPU Desk Sandbox simulation: the GPUs of this pod are simulated; their utilization follows the pod&apos;s CPU use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(GPU Desk Sandbox: this nvidia-smi is a simulation and only answers inside a Sandbox pod.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supports: nvidia-smi, -L, -i ID, -l SEC, --query-gpu=FIELDS --format=csv[,noheader][,nounits].</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkyPilotImporter</name>
    <message>
        <source>not imported: GPU Desk does not upload a local working directory; fetch the code in setup (for example git clone) or build it into the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret not imported: job files are plain text; set %1 as an environment variable when you launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file mount not imported: GPU Desk does not sync files or buckets; copy them in setup, or add a volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported: GPU Desk does not sync files or buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SkyPilot volumes are not imported: add the volumes you need to the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SkyPilot&apos;s advanced config is not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SkyServe service section (replicas, readiness probe) is not imported: GPU Desk runs one replica of the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported: GPU Desk does not run event callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the task has no name: named &quot;%1&quot; after the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no container image (image_id: docker:…): SkyPilot ran the task on the cloud&apos;s VM image, GPU Desk runs it in a container; set the image (for example nvcr.io/nvidia/pytorch:24.05-py3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 renamed to GPU Desk&apos;s %2, which are set on every node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the commands use %1, which GPU Desk does not set (MASTER_ADDR holds the first node&apos;s address): edit them before launching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zones are not imported: GPU Desk picks by region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported: GPU Desk chooses machines by GPU; check the vCPUs and memory of the offer you pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported: TPU settings have no GPU Desk equivalent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported: GPU Desk uses the provider&apos;s default tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels are not imported: use the job&apos;s project to group costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported: GPU Desk does not restart preempted jobs by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>SkyPilot picks the cheapest of %n candidate(s); GPU Desk imported the first: choose the offer when you launch</source>
        <translation>
            <numerusform>SkyPilot picks the cheapest of %n candidate; GPU Desk imported the first: choose the offer when you launch</numerusform>
            <numerusform>SkyPilot picks the cheapest of %n candidates; GPU Desk imported the first: choose the offer when you launch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SkyPilot tries %n candidate(s) in order; GPU Desk imported the first: choose the offer when you launch</source>
        <translation>
            <numerusform>SkyPilot tries %n candidate in order; GPU Desk imported the first: choose the offer when you launch</numerusform>
            <numerusform>SkyPilot tries %n candidates in order; GPU Desk imported the first: choose the offer when you launch</numerusform>
        </translation>
    </message>
    <message>
        <source>expected NAME:COUNT such as &quot;H100:8&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fraction of a GPU (%1) cannot be rented: imported as one GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>SkyPilot tries these %n accelerators in order; GPU Desk imported the first, %1: choose another offer when you launch if needed</source>
        <translation>
            <numerusform>SkyPilot tries this %n accelerator in order; GPU Desk imported the first, %1: choose another offer when you launch if needed</numerusform>
            <numerusform>SkyPilot tries these %n accelerators in order; GPU Desk imported the first, %1: choose another offer when you launch if needed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SkyPilot picks the cheapest of these %n accelerators; GPU Desk imported %1: choose another offer when you launch if needed</source>
        <translation>
            <numerusform>SkyPilot picks the cheapest of this %n accelerator; GPU Desk imported %1: choose another offer when you launch if needed</numerusform>
            <numerusform>SkyPilot picks the cheapest of these %n accelerators; GPU Desk imported %1: choose another offer when you launch if needed</numerusform>
        </translation>
    </message>
    <message>
        <source>Kubernetes is not a GPU Desk provider: choose a provider when you launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU Desk has no provider &quot;%1&quot;: choose a provider when you launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone %1 is not imported: GPU Desk picks by region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per-region VM images are not imported: set a container image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a VM image, not a container image: not imported; set the container image the job runs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port range %1 not imported: list the ports the job needs one by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a port number or a range such as 10052-10100, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autodown not imported: GPU Desk stops an idle job, it does not terminate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported: GPU Desk counts a job as idle when its GPUs are idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no value in the file (SkyPilot asks for it at launch): set it before you launch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshKeys</name>
    <message>
        <source>The Sandbox needs OpenSSH&apos;s ssh-keygen to make SSH keys, and it is not installed. Install the openssh-client package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-keygen could not make an SSH key for the Sandbox. Check that the key folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the key folder %1. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the public key %1. Check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the private key %1 readable by you alone. Check its owner and permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the SSH public key %1. Check the path, or leave it empty to use GPU Desk&apos;s own key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an OpenSSH public key (expected a line like &quot;ssh-ed25519 AAAA… comment&quot;). Choose the .pub file of your key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshOptions</name>
    <message>
        <source>&quot;%1&quot; is not an ssh://user@host:port address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YamlNodeReader</name>
    <message>
        <source>expected another &quot;key: value&quot; line at the indentation of the map above, or its end (check the indentation, and that quotes are closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected another &quot;- item&quot; line at the indentation of the list above, or its end (check the indentation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;}&quot; to continue or close the inline map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;]&quot; to continue or close the inline list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value without &quot;: &quot; here (quote text that contains &quot;: &quot;, or fix the indentation of this line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a &quot;key: value&quot; line here (check the indentation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;key: value&quot;, not a &quot;- item&quot; list entry, at this indentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected spaces for indentation, found a tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a closing quote before the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a closing quote before the &quot;---&quot; line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an opening &quot;[&quot; or &quot;{&quot; for this closing bracket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected YAML here, found a character that cannot start a value (quote the value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an anchor (&amp;name) defined above this alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a valid escape in the double-quoted text (write \\ for a backslash, or use single quotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected valid YAML (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value or a &quot;key: value&quot; line, found a &quot;,&quot; outside [ ] or { }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one job, found thousands of documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected job settings as &quot;key: value&quot; lines, found an empty document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected job settings as &quot;key: value&quot; lines at the top level, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the file holds %n more document(s) after the first; only the first is read</source>
        <translation>
            <numerusform>the file holds %n more document after the first; only the first is read</numerusform>
            <numerusform>the file holds %n more documents after the first; only the first is read</numerusform>
        </translation>
    </message>
    <message>
        <source>expected a plain key before &quot;:&quot;, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written twice; the last one is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a map of &quot;key: value&quot; lines, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a line of text, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 seconds rounded up to %n minute(s)</source>
        <translation>
            <numerusform>%1 seconds rounded up to %n minute</numerusform>
            <numerusform>%1 seconds rounded up to %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>expected a duration such as 90m, 2h or 1h30m, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an amount in US dollars such as 25 or $25.50, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a size in GB such as 500 or 500GB, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key, ignored: did you mean &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpudesk::BudgetMonitor</name>
    <message>
        <source>Budget at %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 monthly budget for %3 is spent (%4 %). At the current rate the month ends at %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget for %1 reached 100 % (%2 of %3): stopping its jobs (budget auto-stop).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget reached: jobs stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) stopped: %1</source>
        <translation>
            <numerusform>%n job stopped: %1</numerusform>
            <numerusform>%n jobs stopped: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gpudesk::BudgetsTab</name>
    <message>
        <source>Stop its running jobs when it is spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings at 50 %, 80 % and 100 % of each monthly budget, in the Costs page and as desktop notifications. Sandbox jobs count their simulated cost. One budget per scope: setting it again changes its amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop its jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget for %1: %2 a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget for %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpudesk::ChartWidget</name>
    <message>
        <source>Export as PNG or SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as PNG or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the chart to %1: check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU Desk chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported from GPU Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpudesk::ComingPage</name>
    <message>
        <source>Coming in a later release</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpudesk::CostsPage</name>
    <message>
        <source>%1 + %2 simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack spend by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burn rate now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spend in this period. Jobs appear here as they run; Sandbox jobs are shown hatched, as simulated spend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wasted on idle GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No idle GPU time measured in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cost per job&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the cost ledger as of %1; running jobs accrue up to now. Estimated from each provider&apos;s rates and billing rules. Hatched: Sandbox jobs, simulated, never charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ %1/h on the Sandbox (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n running job(s) without a known rate</source>
        <translation>
            <numerusform>%n running job without a known rate</numerusform>
            <numerusform>%n running jobs without a known rate</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is billing now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summed rate of running jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since midnight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ %1 on the Sandbox (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the 1st.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GPU-hours, %2 wasted on idle GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend per hour by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend per day by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle GPUs, Sandbox (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of the %2 budget; forecast %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Budget spent&lt;/b&gt; for %1: %2 of %3 this month (%4 %). Its running jobs are stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Budget spent&lt;/b&gt; for %1: %2 of %3 this month (%4 %). Jobs keep running until you stop them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 % of the budget&lt;/b&gt; for %2 spent: %3 of %4. At the current rate it runs out on %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 % of the budget&lt;/b&gt; for %2 spent: %3 of %4; forecast for the month: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 this month; forecast for the month %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 this month; forecast %3, runs out %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · stops its jobs at 100 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpudesk::CostsTray</name>
    <message>
        <source>Show GPU Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) billing, %1/h</source>
        <translation>
            <numerusform>%n job billing, %1/h</numerusform>
            <numerusform>%n jobs billing, %1/h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Sandbox job(s) (simulated)</source>
        <translation>
            <numerusform>%n Sandbox job (simulated)</numerusform>
            <numerusform>%n Sandbox jobs (simulated)</numerusform>
        </translation>
    </message>
    <message>
        <source>GPU Desk: nothing is billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU Desk: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpudesk::CrusoeProvider</name>
    <message>
        <source>Crusoe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crusoe sent a response GPU Desk could not read while trying to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crusoe needs an access key id, its secret key and a project id. Add them in Settings → Providers → Crusoe, or set CRUSOE_ACCESS_KEY and CRUSOE_SECRET_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list instance types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;items&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crusoe API instance type; price per GPU from the bundled snapshot (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crusoe API instance type; no snapshot price for this GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a VM is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a VM has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crusoe needs the public half of the job&apos;s SSH key, but %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crusoe needs an instance type (e.g. h100-80gb-sxm-ib.8x): pick one of its offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crusoe needs a location for the VM (e.g. us-east1-a): set the job&apos;s region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crusoe gives each VM an SSH key at creation: set the job&apos;s SSH key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;operation&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crusoe could not create the VM: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find the new VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crusoe accepted the VM but did not list it yet; GPU Desk will find it by its name (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read a VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop a VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete a VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read a VM&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crusoe reports no public address for the VM yet; try again when it is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch logs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpudesk::Dispatcher</name>
    <message>
        <source>No offer matches the job: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every offer refused; trying again in %n second(s).</source>
        <translation>
            <numerusform>Every offer refused; trying again in %n second.</numerusform>
            <numerusform>Every offer refused; trying again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Stopped after %n attempt(s), the job&apos;s limit (placement.max_attempts).</source>
        <translation>
            <numerusform>%1 Stopped after %n attempt, the job&apos;s limit (placement.max_attempts).</numerusform>
            <numerusform>%1 Stopped after %n attempts, the job&apos;s limit (placement.max_attempts).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Stopped after waiting %n minute(s), the job&apos;s limit (placement.max_wait).</source>
        <translation>
            <numerusform>%1 Stopped after waiting %n minute, the job&apos;s limit (placement.max_wait).</numerusform>
            <numerusform>%1 Stopped after waiting %n minutes, the job&apos;s limit (placement.max_wait).</numerusform>
        </translation>
    </message>
    <message>
        <source>Candidate #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launched %1 at %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1 (%2); looking for the instance by its launch token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch at %1 unanswered: checking whether it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused: %2 Trying the next offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the launch, and that is not a capacity problem, so GPU Desk stopped there: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The launch at %1 went unanswered and %1 cannot be asked whether it made the instance (%2). GPU Desk does not launch anywhere else until it knows; the job stays unknown and is reconciled when %1 answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost, but %1 made instance %2 with this attempt&apos;s token: it is the job&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no instance with this attempt&apos;s token: nothing was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The launch at %1 did not arrive. Trying the next offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preempted by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 was preempted at %2 (%3). It does not ask to be recovered (recover: true).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Job %1 was preempted again at %2 and has used its %n restart(s); it stays preempted.</source>
        <translation>
            <numerusform>Job %1 was preempted again at %2 and has used its %n restart; it stays preempted.</numerusform>
            <numerusform>Job %1 was preempted again at %2 and has used its %n restarts; it stays preempted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 was preempted at %2 (%3); relaunching it elsewhere (restart %4 of %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 was preempted and no other offer matches it now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) at %1; %2 excluded.</source>
        <translation>
            <numerusform>%n candidate at %1; %2 excluded.</numerusform>
            <numerusform>%n candidates at %1; %2 excluded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n provider</numerusform>
            <numerusform>%n providers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s)</source>
        <translation>
            <numerusform>%n offer</numerusform>
            <numerusform>%n offers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 under %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of the job&apos;s providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU Desk cannot launch at %1 through its API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s) per machine; the job asks for %1.</source>
        <translation>
            <numerusform>%n GPU per machine; the job asks for %1.</numerusform>
            <numerusform>%n GPUs per machine; the job asks for %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No list price (quote on request).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved capacity, not launchable on demand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot (may be preempted); the job does not allow spot (spot: true).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per machine, above the job&apos;s maximum of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox runs single-node jobs only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The offer names no region, and all %n nodes must be in one region.</source>
        <translation>
            <numerusform>The offer names no region, and all %n nodes must be in one region.</numerusform>
            <numerusform>The offer names no region, and all %n nodes must be in one region.</numerusform>
        </translation>
    </message>
    <message>
        <source>No region stated; the job asks for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region %1 is not one the job allows (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An instance here was just preempted; avoided until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live, fetch time unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live, fetched just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>live, fetched %n minute(s) ago</source>
        <translation>
            <numerusform>live, fetched %n minute ago</numerusform>
            <numerusform>live, fetched %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>live, fetched %n hour(s) ago</source>
        <translation>
            <numerusform>live, fetched %n hour ago</numerusform>
            <numerusform>live, fetched %n hours ago</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: stale, refresh prices to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not a live price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 for %n nodes</source>
        <translation>
            <numerusform>%1 for %n nodes</numerusform>
            <numerusform>%1 for %n nodes</numerusform>
        </translation>
    </message>
    <message>
        <source>First choice: %1, your first listed GPU available, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheapest match: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: GPU choice %3 of your list, after every offer of the ones before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside your region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>older GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price not live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equal in every respect; ordered by provider and instance type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: same price as #%3, ranked after it: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 more than #%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (near you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No %1 is available right now; %n offer(s) tried.</source>
        <translation>
            <numerusform>No %1 is available right now; %n offer tried.</numerusform>
            <numerusform>No %1 is available right now; %n offers tried.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No %1 is available at %2 right now; %n offer(s) tried.</source>
        <translation>
            <numerusform>No %1 is available at %2 right now; %n offer tried.</numerusform>
            <numerusform>No %1 is available at %2 right now; %n offers tried.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 no longer knows instance %2: taken as preempted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rents listed machines: refresh its live offers to rank them (this is a snapshot row).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpudesk::ExportDialog</name>
    <message>
        <source>Export cost report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to write the report to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 over %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpudesk::FileTransferBar</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n more waiting)</source>
        <translation>
            <numerusform>(%n more waiting)</numerusform>
            <numerusform>(%n more waiting)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1. No partial file was left under its final name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n file(s), %2).</source>
        <translation>
            <numerusform>%1 (%n file, %2).</numerusform>
            <numerusform>%1 (%n files, %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gpudesk::FirstRunWizard</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start using GPU Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to GPU Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few choices, all of them optional and changeable later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;GPU Desk compares GPU offers across clouds, launches jobs through each provider&apos;s API, opens terminals to them and keeps count of what they cost.&lt;/p&gt;&lt;p&gt;Everything works without an account on the built-in &lt;b&gt;Sandbox&lt;/b&gt;: pods that run on this computer, reachable over real SSH, with simulated GPUs and simulated prices.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Language&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The main window switches language the next time GPU Desk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your GPU clouds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key of each provider you rent from, press Save key, then Test. Skip any you don&apos;t use: the Sandbox needs none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys cannot be entered now because GPU Desk&apos;s database is unavailable; add them later in Settings → Providers and keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SSH key for your machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU Desk installs its public half on the machines it launches, so that its terminal can log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private half stays on this computer. GPU Desk never uploads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU Desk&apos;s own key (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new ed25519 key for GPU Desk (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of my keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything here can be changed later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch a Sandbox dev pod now and open its terminal (free: it runs on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no key pair in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Your SSH key: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Keys, providers, the data folder and this assistant are in &lt;b&gt;Settings&lt;/b&gt;. The Marketplace shows every offer with the age and source of its price; Jobs launches and follows them; Costs counts what they cost.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1, fingerprint %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A monthly budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU Desk warns at 50 %, 80 % and 100 % of it, and can stop every job when it is spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;For all providers and projects together. 0 means no budget. Sandbox jobs count their simulated cost, so you can see the warnings without spending anything.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Monthly budget (USD)&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budgets need GPU Desk&apos;s database, which is unavailable; set one later with gpudesk-cli budget set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop all running jobs when the budget is spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Monthly budget: &lt;b&gt;$%1&lt;/b&gt;, every job stopped when it is spent.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Monthly budget: &lt;b&gt;$%1&lt;/b&gt;, with warnings.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget of %1 a month stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpudesk::HttpClient</name>
    <message>
        <source>call its API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings → Providers → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s) while trying to %2. Check your connection and try again.</source>
        <translation>
            <numerusform>%1 did not answer within %n second while trying to %2. Check your connection and try again.</numerusform>
            <numerusform>%1 did not answer within %n seconds while trying to %2. Check your connection and try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s) while trying to %2. It may have acted on the request: GPU Desk checks before trying again.</source>
        <translation>
            <numerusform>%1 did not answer within %n second while trying to %2. It may have acted on the request: GPU Desk checks before trying again.</numerusform>
            <numerusform>%1 did not answer within %n seconds while trying to %2. It may have acted on the request: GPU Desk checks before trying again.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: timed out after %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1 at %2 while trying to %3 (%4). Check your connection, proxy or the base URL in Settings → Providers → %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost while trying to %2 (%3). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost while trying to %2 (%3). %1 may have acted on it: GPU Desk checks before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (after %n attempt(s))</source>
        <translation>
            <numerusform> (after %n attempt)</numerusform>
            <numerusform> (after %n attempts)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rejected the API key (401) while trying to %2. Check %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused access (403) while trying to %2%3. The key may lack the permission for this, or the account may be restricted; check %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not know it (404) while trying to %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is limiting requests (429) while trying to %2. Try again in %n second(s).</source>
        <translation>
            <numerusform>%1 is limiting requests (429) while trying to %2. Try again in %n second.</numerusform>
            <numerusform>%1 is limiting requests (429) while trying to %2. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 had a problem on its side (HTTP %2) while trying to %3%4. Try again later; if it persists, check %1&apos;s status page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused to %2 (HTTP %3)%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with %2 instead of JSON while trying to %3. A proxy or captive portal may be in the way; check the base URL in Settings → Providers → %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a response GPU Desk could not read while trying to %2 (%3 at byte %4). Nothing was changed; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpudesk::IdleMonitor</name>
    <message>
        <source>Idle job stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The GPUs of job %1 (%2) have been under %3 % for %n minute(s).</source>
        <translation>
            <numerusform>The GPUs of job %1 (%2) have been under %3 % for %n minute.</numerusform>
            <numerusform>The GPUs of job %1 (%2) have been under %3 % for %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Stopped by idle auto-stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 It will be stopped in %n minute(s) unless its GPUs get busy.</source>
        <translation>
            <numerusform>%1 It will be stopped in %n minute unless its GPUs get busy.</numerusform>
            <numerusform>%1 It will be stopped in %n minutes unless its GPUs get busy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forgotten instance?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Job %1 (%2) has been running for %n hour(s) with no terminal open and its GPUs at %3 % on average over the last hour. Stop it if it is not needed.</source>
        <translation>
            <numerusform>Job %1 (%2) has been running for %n hour with no terminal open and its GPUs at %3 % on average over the last hour. Stop it if it is not needed.</numerusform>
            <numerusform>Job %1 (%2) has been running for %n hours with no terminal open and its GPUs at %3 % on average over the last hour. Stop it if it is not needed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gpudesk::JobConnections</name>
    <message>
        <source>Could not run &quot;%1&quot; on job %2&apos;s machine: %3 (opening a terminal to it once lets GPU Desk ask about its host key or your key&apos;s passphrase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; exited with status %2 on job %3&apos;s machine: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpudesk::JobCostModel</name>
    <message>
        <source>%1 × %2 × %3 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 + %2 simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n interval(s) without a known rate: their cost is missing, not zero.</source>
        <translation>
            <numerusform>%n interval without a known rate: their cost is missing, not zero.</numerusform>
            <numerusform>%n intervals without a known rate: their cost is missing, not zero.</numerusform>
        </translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle GPU-hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpudesk::JobDialog</name>
    <message>
        <source>New job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (for cost reports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot / interruptible (cheaper, may be preempted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox records the image but does not pull it: the command runs on this computer, in the pod&apos;s own folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 8888, 6006</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. data:/data, /scratch:/scratch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none, e.g. 2h or 90m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none, e.g. 25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never, e.g. 30m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU Desk&apos;s own key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max cost ($)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop when idle for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job as YAML (what gpudesk-cli launch reads):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open YAML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save YAML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any offer with these GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 — %3 (%4, %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in every field yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 per hour&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· at most %1 for the max runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price on quote from the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an offer to see the price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;Ready to launch.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a job file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job files (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the job as YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not installed on this computer, so this job would fail at once: install it, or start from the dev pod template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement (best available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every provider that can launch, e.g. lambda, runpod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none, e.g. 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relaunch elsewhere if preempted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max $/h per machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H100, H200 or 80GB+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;From %1 per hour&lt;/b&gt; at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offer matches these constraints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best available (all providers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Ranked candidates&lt;/b&gt; for %1: %2 Prices in amber are not live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> … and %n more.</source>
        <translation>
            <numerusform> … and %n more.</numerusform>
            <numerusform> … and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gpudesk::JobManager</name>
    <message>
        <source>Job %1 cannot go from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider &quot;%1&quot; is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Job %1 reached its maximum runtime of %n minute(s) and is being stopped.</source>
        <translation>
            <numerusform>Job %1 reached its maximum runtime of %n minute and is being stopped.</numerusform>
            <numerusform>Job %1 reached its maximum runtime of %n minutes and is being stopped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 reached its maximum cost of %2 (%3 so far) and is being stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer knows instance %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is %2 and cannot be stopped now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is %2: only a stopped job can be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is still being launched: terminate it once the provider has answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instance was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed by the user; the provider had no instance for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The launch did not reach %1: no instance was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 runs on provider &quot;%2&quot;, which GPU Desk has not set up. Check Settings → Providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 has no instance, so it has no logs yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is %2: SSH is available while it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is still being launched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is %2 and cannot be launched again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpudesk::JobTableModel</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpudesk::JobUtilizationView</name>
    <message>
        <source>GPU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No samples in this range yet. While the job runs, GPU Desk reads nvidia-smi on its machine every few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU memory used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sandbox&lt;/b&gt;: simulated nvidia-smi readings that follow the pod&apos;s CPU use, not a real GPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a job to see its GPUs over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-minute averages; hover for the minimum and maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly averages; hover for the minimum and maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live, last sample at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: waiting for the first sample.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpudesk::JobsPage</name>
    <message>
        <source>New job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy SSH command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate as new…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show finished jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs yet. &quot;New job…&quot; launches one; the Sandbox needs no account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n job running</numerusform>
            <numerusform>%n jobs running</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a job to see its details and history.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox records the image but does not pull it: the command runs on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 × %2 per node, %n node(s)</source>
        <translation>
            <numerusform>%1 × %2 per node, %n node</numerusform>
            <numerusform>%1 × %2 per node, %n nodes</numerusform>
        </translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 instance %2 (%3) belongs to no GPU Desk job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate instance %1 at %2? Whatever runs on it is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1: %2 no longer knows its instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate job %1 (%2)? Its instance and everything on it are deleted; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied: %1 (or: gpudesk-cli ssh-config %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the logs of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n orphan(s) found&lt;/b&gt;: they may cost money with no job to account for them.</source>
        <translation>
            <numerusform>&lt;b&gt;%n orphan found&lt;/b&gt;: it may cost money with no job to account for it.</numerusform>
            <numerusform>&lt;b&gt;%n orphans found&lt;/b&gt;: they may cost money with no job to account for them.</numerusform>
        </translation>
    </message>
    <message>
        <source>An SSH terminal to the job&apos;s machine, in the Terminals view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 × %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpudesk::KeychainSecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available to %1 (%2). GPU Desk never stores keys in plain text: start your desktop&apos;s keyring (GNOME Keyring or KWallet), or set the key in an environment variable for headless use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused to %1 (%2). Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no D-Bus session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpudesk::LambdaJson</name>
    <message>
        <source>Lambda sent a response GPU Desk could not read: %1. Try again later; if it persists, GPU Desk may need an update for a change in Lambda&apos;s API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;data&quot; is missing or not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance type &quot;%1&quot; has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance type %1 has no whole price_cents_per_hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance type %1 has no regions_with_capacity_available list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an instance is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an instance has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance %1 has no status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda reports the instance as unhealthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instance list has no &quot;data&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the launch answer names no instance id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SSH key list has no &quot;data&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an SSH key has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the added SSH key has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;data.%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpudesk::LambdaProvider</name>
    <message>
        <source>Lambda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Lambda API key is set. Add one in Settings → Providers → Lambda (or set LAMBDA_API_KEY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda has no capacity for this instance type in that region right now. Try another region or instance type, or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list instance types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda launches a named instance type (such as gpu_1x_a100): pick a Lambda offer for this job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda has no capacity for %1 in any region right now. Try another instance type, or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>launch an instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop instances (they run until terminated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start stopped instances (it can only restart running ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restart instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminate instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lambda has not given instance %1 an IP address yet. Wait until it is running, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read job logs (use the SSH terminal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Lambda accepted the key: %n instance(s) listed.</source>
        <translation>
            <numerusform>Lambda accepted the key: %n instance listed.</numerusform>
            <numerusform>Lambda accepted the key: %n instances listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>list SSH keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the SSH key %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpudesk::LeptonProvider</name>
    <message>
        <source>DGX Cloud Lepton</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DGX Cloud Lepton token is set. Add it in Settings → Providers → DGX Cloud Lepton, or set LEPTON_API_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DGX Cloud Lepton workspace is set. Add the workspace URL or id in Settings → Providers → DGX Cloud Lepton, or set LEPTON_WORKSPACE_URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DGX Cloud Lepton sent a response GPU Desk could not read while trying to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list dedicated node groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list resource shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DGX Cloud Lepton API: workspace resource shapes (no list price: quote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a job is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a job has neither id nor name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deployment is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deployment has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DGX Cloud Lepton needs a resource shape (e.g. gpu.8xh100-sxm): pick one of its offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DGX Cloud Lepton runs containers: set an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a dev pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;jobs&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list dev pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read a dev pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read a job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop a dev pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop a job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume a stopped job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete a dev pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete a job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DGX Cloud Lepton gives SSH to dev pods only; this is a batch job. Launch it with the dev pod template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read a dev pod&apos;s SSH port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DGX Cloud Lepton has not yet mapped the dev pod&apos;s SSH port; try again when it is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read a dev pod&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DGX Cloud Lepton reports no public address for the dev pod yet; try again when it is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read a dev pod&apos;s log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list a job&apos;s replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read a job&apos;s log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpudesk::MainWindow</name>
    <message>
        <source>GPU Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH terminals to your pods in tabs, which reconnect by themselves, forward ports and open the pod&apos;s Jupyter in one click.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What every job costs to the cent as it runs, budgets with warnings, idle GPUs stopped on request, utilization charts and cost reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys (kept in your system keychain), SSH keys and known hosts, budgets, theme and language. Providers can already be switched on and off in the Marketplace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is unavailable, so changes will not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About GPU Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About GPU Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs need GPU Desk&apos;s database, which could not be opened (see the red banner). Once it opens, launch jobs here from a form or a YAML file and follow them from pending to done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) may be billing · %1 per hour</source>
        <translation>
            <numerusform>%n job may be billing · %1 per hour</numerusform>
            <numerusform>%n jobs may be billing · %1 per hour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Sandbox job(s) running (simulated, not charged)</source>
        <translation>
            <numerusform>%n Sandbox job running (simulated, not charged)</numerusform>
            <numerusform>%n Sandbox jobs running (simulated, not charged)</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking %1 how to reach job %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live offers from every provider with a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminals need GPU Desk&apos;s database, which could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpudesk::MarketplacePage</name>
    <message>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick a provider to hide its offers everywhere (remembered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. h100, a100 80gb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min memory/GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any, e.g. 3.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max $/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. us, europe, eu-north1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show offers without a list price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Sandbox offers (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search offers: provider, GPU, instance type, region…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommend for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: newest high-bandwidth GPUs with NVLink first.
Inference: best price per GB of GPU memory and per TFLOP.
Low latency: offers in your region first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per GPU-hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per PFLOP-hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most GPU memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishes no list prices: offers show &quot;quote&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local pods on this computer with simulated GPUs; prices are not real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in dollars per hour, e.g. 3.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· ranked for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· %1 live prices, %2 snapshot prices (dated, not current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· filtered in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No offer selected.&lt;/p&gt;&lt;p&gt;Widen the filters on the left to see more offers.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price on quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dated list price, not a live quote: the provider&apos;s current price may differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox pods run on this computer with a simulated nvidia-smi; no real GPU and no real charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per GPU-hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per BF16 PFLOP-hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 specifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BF16 dense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP8 dense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spec source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU Desk&apos;s spec table has no published figures for %1, so per-PFLOP figures are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per GB-hour of GPU memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask %1 for a quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check %1&apos;s current prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source does not say which %1 variant this is, so per-PFLOP figures are not shown. It is one of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 BF16 TFLOPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox runs pods on this computer with simulated GPUs, for trying GPU Desk without an account. Its prices mirror snapshot prices and are not charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch on this offer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU Desk cannot launch on this provider yet: its API support comes in a later release. The Sandbox launches now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch live offers and prices from every provider with an API key (F5). Others keep their snapshot prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the providers for live offers…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpudesk::MemorySecretStore</name>
    <message>
        <source>memory (until GPU Desk quits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available. GPU Desk never stores keys in plain text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpudesk::OfferRefresh</name>
    <message>
        <source>%1 has no API key. Add one in Settings → Providers → %1, with &quot;gpudesk-cli keys set %2&quot;, or in the environment (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not list offers through its API.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpudesk::OfferTableModel</name>
    <message>
        <source>snapshot · undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot · %1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Source: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per GPU per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per hour for one PFLOP/s of dense BF16 compute (vendor peak figure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the price comes from: live from the provider, a dated snapshot, simulated, or quote only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory/GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$/GPU-h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$/PFLOP-h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpudesk::PassphraseDialog</name>
    <message>
        <source>Key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 is protected by a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it in %1 for later connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise GPU Desk keeps it in memory only, until you close this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in memory only, until you close this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchecked, it is kept in memory only, until you close this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpudesk::PodSshServer</name>
    <message>
        <source>The pod&apos;s SSH host key %1 cannot be read. Delete the file to let GPU Desk make a new one; SSH clients will then warn once that the pod&apos;s key changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU Desk could not make an SSH host key for the pod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the pod&apos;s SSH host key to %1: %2. Check that the folder exists and can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the SSH public key %1 that may log in to the pod. Check that the file exists and holds one OpenSSH public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2. Choose another port, or stop the program that uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pod&apos;s SSH user name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pod&apos;s working folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pod&apos;s shell %1 is not an executable program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU Desk could not set up the pod&apos;s SSH server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpudesk::Provider</name>
    <message numerus="yes">
        <source>%1 answered: %n instance(s).</source>
        <translation>
            <numerusform>%1 answered: %n instance.</numerusform>
            <numerusform>%1 answered: %n instances.</numerusform>
        </translation>
    </message>
    <message>
        <source>register SSH keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot %2 through its API.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpudesk::ProviderKeysPanel</name>
    <message>
        <source>Workspace URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://gateway.dgxc-lepton.nvidia.com/api/v2/workspaces/…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project the VMs are created in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys are kept in your system keychain, never in GPU Desk&apos;s files. A key set in the environment (shown below each provider) takes precedence over the stored one. Without any key, the Sandbox and the snapshot prices work as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A switched-off provider is hidden from the Marketplace and never called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider&apos;s public API (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a proxy or a mock server. GPUDESK_%1_BASE_URL in the environment takes precedence. Applies the next time GPU Desk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes one cheap authenticated call and says what worked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key from the environment (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the secret key too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in %1. Press Test to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was removed from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is unavailable, so the base URL cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the public API the next time GPU Desk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; used the next time GPU Desk starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpudesk::RunPodJson</name>
    <message>
        <source>RunPod sent a response GPU Desk could not read: %1. Try again later; if it persists, GPU Desk may need an update for a change in RunPod&apos;s API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the GPU catalog has no &quot;gpus&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a GPU type has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU type %1 has no price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU type %1 has no %2 price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RunPod launches a named GPU type (such as &quot;NVIDIA GeForce RTX 4090&quot;): pick a RunPod offer for this job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RunPod runs containers: set the job&apos;s image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SSH key list has no &quot;keys&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an SSH key is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pod is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pod has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pod %1 has no status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pod list has no &quot;pods&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pod is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RunPod has no direct SSH address for pod %1 yet: it appears once the pod is running with port 22/tcp published. Wait, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpudesk::RunPodProvider</name>
    <message>
        <source>RunPod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No RunPod API key is set. Add one in Settings → Providers → RunPod (or set RUNPOD_API_KEY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RunPod has no machine with this GPU type free right now. Try another GPU type, cloud or data center, or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list GPU types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RunPod launch without a client token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read pod %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop pod %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start pod %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminate pod %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list SSH keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the SSH key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read pod logs yet (use the SSH terminal)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpudesk::SandboxClient</name>
    <message>
        <source>The Sandbox daemon did not answer within %1 seconds. Look at %2 for the reason, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox daemon gpudesk-sandboxd was not found at %1. Reinstall GPU Desk, or set GPUDESK_SANDBOXD to the program&apos;s path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox cannot create its folder %1. Check the data folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox daemon %1 could not be started. Check that it is executable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox daemon closed the connection before answering (it may have stopped or crashed). Try again: it restarts on demand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox daemon refused the request without saying why. Look at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The Sandbox daemon did not answer within %n seconds. It may be overloaded; look at %1 and try again.</source>
        <translation>
            <numerusform>The Sandbox daemon did not answer within %n second. It may be overloaded; look at %1 and try again.</numerusform>
            <numerusform>The Sandbox daemon did not answer within %n seconds. It may be overloaded; look at %1 and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gpudesk::SandboxDaemon</name>
    <message>
        <source>The Sandbox cannot create its folder %1. Check the data folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Sandbox daemon already serves the data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox cannot create its lock file %1. Check the data folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox cannot listen on %1. Check the data folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox daemon received a request it cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox has no pod &quot;%1&quot;. It may have been removed; refresh the list of jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox daemon is shutting down. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox daemon does not know the request &quot;%1&quot;. Update GPU Desk so that the app and the daemon match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job has no command, so the Sandbox has nothing to run. Give it a command (a pod that only waits for SSH can run `sleep infinity`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The Sandbox runs single-node jobs only, and this job asks for %n nodes. Set nodes to 1, or choose a cloud provider for multi-node jobs.</source>
        <translation>
            <numerusform>The Sandbox runs single-node jobs only, and this job asks for %n node. Set nodes to 1, or choose a cloud provider for multi-node jobs.</numerusform>
            <numerusform>The Sandbox runs single-node jobs only, and this job asks for %n nodes. Set nodes to 1, or choose a cloud provider for multi-node jobs.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Sandbox has no GPU model &quot;%1&quot;. Choose one of the Sandbox offers in the Marketplace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox simulates 1 to %1 GPUs per pod; this job asks for %2. Change the GPU count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox could not create the pod folder %1. Check free disk space and the data folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox has no %1 capacity right now (switched off for %2 in Settings → Sandbox or GPUDESK_SANDBOX_NO_CAPACITY).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpudesk::SandboxPod</name>
    <message>
        <source>The Sandbox could not create the pod folder %1. Check free disk space and the data folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox could not write %1. Check free disk space and the data folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox could not place the simulated nvidia-smi in %1. Check the data folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox could not write the pod&apos;s authorized key. Check the data folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pod did not start: the Sandbox daemon stopped while starting it. Start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command exited with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setup commands exited with code %1; the command did not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pod&apos;s main process was killed by signal %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pod&apos;s processes ended while the Sandbox daemon was not watching, and their exit status is unknown. Look at the pod&apos;s logs, then start it again or terminate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox pod %1 is still stopping. Wait until it has stopped, then start it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox pod %1 is terminated and cannot be started again. Launch a new job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox pod %1 is terminated; there is nothing to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox could not end every process of pod %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox pod %1 is terminated; it cannot be reached over SSH any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox pod %1 is stopped. Start it to reach it over SSH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH server of Sandbox pod %1 is not running: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH server of Sandbox pod %1 is not running. Stop and start the pod to restart it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox could not read the log of pod %1. Check the data folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes %1 of the pod did not end even after SIGKILL (they are likely stuck in the kernel, e.g. on a hung file system); restart the computer if they stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox pod %1 was preempted and cannot be started again. Launch a new job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox pod %1 is %2, not running: there is nothing to preempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preempted: the Sandbox took the pod back, as a cloud takes back a spot instance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpudesk::SandboxProvider</name>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpudesk::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers and keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database (jobs, their history, cached live offers) lives here. Keys never do: they are in your system keychain. Start GPU Desk with --data-dir DIR or set GPUDESK_DATA_DIR to use another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies the next time GPU Desk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the first-start assistant again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo switches of the local Sandbox. With GPU models listed here, the Sandbox refuses to launch them for lack of capacity, as a cloud without free machines does, so &quot;Best available&quot; can be seen moving on to the next offer. GPUDESK_SANDBOX_NO_CAPACITY adds models for one session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none, e.g. H100, B200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No capacity for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox launches every GPU model again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox now refuses %1 for lack of capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal scrollback:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often nvidia-smi is asked, over SSH, for the GPU utilization of each running job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU sampling every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgotten machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One notification per job; jobs with a terminal open are left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn when a job has run longer than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and its GPUs averaged under, over the last hour:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpudesk::SshPassphrases</name>
    <message>
        <source>The passphrase kept in %1 no longer opens this key, so it was removed from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open the key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpudesk::SshSettingsTab</name>
    <message>
        <source>Forget host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key for the machines GPU Desk launches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use GPU Desk&apos;s own key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use another key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its public half is installed on machines launched from now on; running machines keep the key they were given. The private half never leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts whose key GPU Desk has checked: recorded on first contact (after you compared the fingerprint) or vouched for by the provider. A host that shows another key is refused; forget it here only if you know its key was replaced. %1 is read too, never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU Desk&apos;s own key, made when first needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU Desk&apos;s own key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used: its public half %2.pub is missing or unreadable (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choice could not be saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machines launched from now on get this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 forgotten: the next connection shows its fingerprint and asks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start terminals inside tmux when the machine has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each terminal gets a tmux session of its own on the machine. After a dropped connection the terminal offers to attach it again, with your programs still running. A single terminal can also switch: More → Continue in tmux.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpudesk::SshWorker</name>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start an SSH session: out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 timed out after %2 s. Check the address, that the machine is running, and your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1. Check that the machine is running and that port %2 is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not present a host key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the host key of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 has changed: it was %2 and is now %3. This can mean that someone is intercepting the connection. The connection was refused. If the pod was re-created, remove the old key in Settings → SSH → Known hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You did not trust the host key of %1 (%2), so GPU Desk did not connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection during login. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyboard-interactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1@%2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused every way GPU Desk tried to log in as %2 (%3). Add your public key to ~/.ssh/authorized_keys on the server, or choose the right key for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not open a shell. Check that your account there has a login shell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run the command: GPU Desk is not connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused to run the command. Try again; if it keeps failing, reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1 for the forward to %2:%3. Choose another local port, or 0 for any free one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused to forward a connection to %2:%3. Check that the service runs there and that the server allows TCP forwarding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped answering (no reply to %2 keepalives).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command did not finish: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The connection to %1 was lost and %n attempt(s) to reconnect failed. %2</source>
        <translation>
            <numerusform>The connection to %1 was lost and %n attempt to reconnect failed. %2</numerusform>
            <numerusform>The connection to %1 was lost and %n attempts to reconnect failed. %2</numerusform>
        </translation>
    </message>
    <message>
        <source>GPU Desk is not connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not offer file transfer (SFTP). Check that its SSH server has the sftp subsystem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept that answer. Try again (attempt %2 of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped answering during a file transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped answering while listing %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpudesk::StackedBarChart</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpudesk::TerminalTab</name>
    <message>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Jupyter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward a port…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds the Jupyter server on the machine, forwards it to a free local port and opens your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port forwards of this terminal. Double-click one to open it, Delete to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The connection dropped. Reconnecting (attempt %1) in %n second(s)…</source>
        <translation>
            <numerusform>The connection dropped. Reconnecting (attempt %1) in %n second…</numerusform>
            <numerusform>The connection dropped. Reconnecting (attempt %1) in %n seconds…</numerusform>
        </translation>
    </message>
    <message>
        <source><byte value="xd"/>
[The shell ended with status %1. Press Reconnect for a new one.]<byte value="xd"/>
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1@%2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 (job %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First connection to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU Desk has not connected to %1 before, and the provider did not vouch for its key.

%2 key fingerprint:
%3

Trust this machine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust and remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for Jupyter on the machine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Jupyter server is running on the machine. Start one (the Jupyter template does) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jupyter is at 127.0.0.1:%1 (forwarded from port %2 on the machine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward a port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port on the machine (it will be reachable on a free local port):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127.0.0.1:%1 → port %2 on the machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies files or a folder from this computer to the shell&apos;s current folder on the machine (over SFTP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies a file or folder from the machine to this computer (over SFTP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a folder to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload files to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File or folder on the machine (relative to %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the files in the shell&apos;s current folder on the machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a folder to open it, a file to download it to your Downloads folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tmux, and in a narrow pane files, transfers, Jupyter, port forwards and Reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue in tmux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces this shell with a tmux session on the machine: what runs in it survives a dropped connection, and the tab offers to attach it again after reconnecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces this new shell with the tmux session, with the programs that kept running in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tmux is not installed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In tmux session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your tmux session %1 is still running on the machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tmux session from an earlier GPU Desk terminal, %1, is still running on the machine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpudesk::TerminalView</name>
    <message>
        <source>Paste several lines?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The text has %n line(s). The shell may run each line as a command as soon as it arrives. Paste it?</source>
        <translation>
            <numerusform>The text has %n line. The shell may run each line as a command as soon as it arrives. Paste it?</numerusform>
            <numerusform>The text has %n lines. The shell may run each line as a command as soon as it arrives. Paste it?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gpudesk::TerminalsPage</name>
    <message>
        <source>&lt;h3&gt;No terminal open&lt;/h3&gt;&lt;p&gt;Select a running job in Jobs and press &lt;b&gt;Open terminal&lt;/b&gt;.&lt;br&gt;Terminals reconnect by themselves after a network blip, forward ports, and open the machine&apos;s Jupyter in one click.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 · %2@%3:%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1@%2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second shell beside this one, on its own connection to the same machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second shell below this one, on its own connection to the same machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes the focused pane and its connection (the last pane closes the tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another shell on the same machine, beside or below this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: see the tab for why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n pane(s))</source>
        <translation>
            <numerusform>%1 (%n pane)</numerusform>
            <numerusform>%1 (%n panes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Focus Pane Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus Pane Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus Pane Above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus Pane Below</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpudesk::TimeSeriesChart</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (min %3, max %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gpudesk::VastProvider</name>
    <message>
        <source>Vast.ai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vast.ai sent a response GPU Desk could not read while trying to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Vast.ai API key is set. Add it in Settings → Providers → Vast.ai, or set VAST_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vast.ai no longer offers that machine (it was rented or withdrawn) while trying to %1. Pick another offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vast.ai refused to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an offer lacks its id, GPU, GPU count or $/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vast.ai API: search offers (dph_total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vast.ai did not accept the API key while trying to search offers. Check Settings → Providers → Vast.ai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;offers&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no offer had an id, GPU and price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an instance is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an instance has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vast.ai rents a listed machine: pick one of its live offers (refresh the Vast.ai offers first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vast.ai runs containers: set an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rent the offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;new_contract&quot; id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;instances&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read an instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vast.ai has no such instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop an instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start an instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destroy an instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read an instance&apos;s SSH address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vast.ai has not given the instance an SSH address yet; try again when it is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch logs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Keep the database in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window to FILE (PNG) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open VIEW: marketplace, jobs, terminals, costs, settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot;; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU Desk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write the screenshot to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Marketplace searching for TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank offers for TASK: training, inference or latency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown task &quot;%1&quot;; use training, inference or latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour theme: system, light or dark (default: as set in Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a terminal to URL (ssh://user@host:port) at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key for --connect (default: ssh-agent, then ~/.ssh keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot;; use system, light or dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
