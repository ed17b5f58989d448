<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <source>unknown option %1 for &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; for &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option %1 takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: gpudesk-cli [--data-dir DIR] [--lang LANG] COMMAND [OPTIONS]

Commands:
  providers [--format table|json|csv]
      Providers GPU Desk knows, with their offers and where the prices come from.
  gpus [--format table|json|csv]
      The GPU spec table: memory, bandwidth, BF16/FP8 dense TFLOPS, power.
  offers [--gpu NAME] [--min-gpus N] [--min-memory GB] [--max-price USD]
         [--provider NAME] [--region R] [--billing on-demand|spot|community|reserved]
         [--search TEXT] [--task training|inference|latency]
         [--sort price|price-per-gpu|price-per-pflop|memory] [--limit N]
         [--include-simulated] [--format table|json|csv]
      GPU offers side by side. --gpu accepts families (&quot;h100&quot; is H100 SXM, PCIe and NVL)
      and lists (&quot;H100,H200&quot;). --task ranks the offers for the task and says why.

Options:
  --data-dir DIR   where GPU Desk keeps its database (default: $GPUDESK_DATA_DIR, else the
                   platform&apos;s application data folder)
  --lang LANG      en or zh_CN (default: the system language)
  --version        print the version
  --help           print this help

Exit codes: 0 success, 1 runtime error, 2 usage or validation error.
</source>
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
    <name>gpudesk::ComingPage</name>
    <message>
        <source>Coming in a later release</source>
        <translation type="unfinished"></translation>
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
        <source>Build a job in a form or from YAML (image, command, GPUs, nodes; templates for torchrun, MPI, Jupyter, vLLM and dev pods), see what it will cost, launch it on a provider or on the local Sandbox, and follow it from pending to done.</source>
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
        <source>&lt;h3&gt;GPU Desk %1&lt;/h3&gt;&lt;p&gt;One desktop console for GPUs rented from many clouds.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Prices shown are labelled with their source and age; snapshot prices are dated list prices, not live quotes.&lt;/p&gt;&lt;p&gt;Data folder: %3&lt;/p&gt;</source>
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
</context>
</TS>
