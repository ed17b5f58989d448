<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppContext</name>
    <message>
        <source>No data directory could be determined. Start GPU Desk with --data-dir DIR.</source>
        <translation>无法确定数据目录。请使用 --data-dir DIR 启动 GPU Desk。</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1. Check its permissions or choose another with --data-dir.</source>
        <translation>无法创建数据目录 %1。请检查其权限，或用 --data-dir 另选一个目录。</translation>
    </message>
    <message>
        <source>The data directory %1 is not writable. Check its permissions or choose another with --data-dir.</source>
        <translation>数据目录 %1 不可写。请检查其权限，或用 --data-dir 另选一个目录。</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>The bundled file %1 is missing from this build.</source>
        <translation>此构建中缺少内置文件 %1。</translation>
    </message>
    <message>
        <source>unknown provider &quot;%1&quot;</source>
        <translation>未知的供应商 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>instance_type and gpu_model must not be empty</source>
        <translation>instance_type 和 gpu_model 不能为空</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole non-negative number</source>
        <translation>%1 &quot;%2&quot; 不是非负整数</translation>
    </message>
    <message>
        <source>price_usd_per_hour &quot;%1&quot; is not a positive amount in dollars</source>
        <translation>price_usd_per_hour &quot;%1&quot; 不是大于零的美元金额</translation>
    </message>
    <message>
        <source>billing &quot;%1&quot; is not one of on-demand, spot, community, reserved</source>
        <translation>billing &quot;%1&quot; 不是 on-demand、spot、community、reserved 之一</translation>
    </message>
    <message>
        <source>as_of &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>as_of &quot;%1&quot; 不是有效日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>gpu_memory_gb &quot;%1&quot; is not a whole non-negative number</source>
        <translation>gpu_memory_gb &quot;%1&quot; 不是非负整数</translation>
    </message>
    <message>
        <source>live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>simulated (local Sandbox)</source>
        <translation>模拟（本地 Sandbox）</translation>
    </message>
    <message>
        <source>quote: no list price</source>
        <translation>询价：无公开标价</translation>
    </message>
    <message>
        <source>snapshot, undated</source>
        <translation>快照，无日期</translation>
    </message>
    <message numerus="yes">
        <source>snapshot, %n day(s) old</source>
        <translation>
            <numerusform>快照，%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>gpu_count &quot;%1&quot; is not a whole number of GPUs (1 or more)</source>
        <translation>gpu_count “%1” 不是有效的 GPU 数量（须为不小于 1 的整数）</translation>
    </message>
    <message>
        <source>the &quot;source&quot; column is empty: every price must name where it comes from</source>
        <translation>“source”列为空：每个价格都必须注明来源</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>option %1 needs a value</source>
        <translation>选项 %1 需要一个值</translation>
    </message>
    <message>
        <source>unknown option %1 for &quot;%2&quot;</source>
        <translation>命令 &quot;%2&quot; 不支持选项 %1</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; for &quot;%2&quot;</source>
        <translation>命令 &quot;%2&quot; 收到意外的参数 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>option %1 takes no value</source>
        <translation>选项 %1 不接受值</translation>
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
        <translation>用法：gpudesk-cli [--data-dir DIR] [--lang LANG] COMMAND [OPTIONS]

命令：
  providers [--format table|json|csv]
      GPU Desk 已知的供应商，及其报价数量和价格来源。
  gpus [--format table|json|csv]
      GPU 规格表：显存、带宽、BF16/FP8 稠密算力 TFLOPS、功耗。
  offers [--gpu NAME] [--min-gpus N] [--min-memory GB] [--max-price USD]
         [--provider NAME] [--region R] [--billing on-demand|spot|community|reserved]
         [--search TEXT] [--task training|inference|latency]
         [--sort price|price-per-gpu|price-per-pflop|memory] [--limit N]
         [--include-simulated] [--format table|json|csv]
      并排对比各家的 GPU 报价。--gpu 可接受型号系列（&quot;h100&quot; 即 H100 SXM、PCIe 和 NVL）
      和列表（&quot;H100,H200&quot;）。--task 按任务类型为报价排序，并给出推荐理由。

选项：
  --data-dir DIR   GPU Desk 存放数据库的位置（默认：$GPUDESK_DATA_DIR，否则为
                   平台的应用数据目录）
  --lang LANG      en 或 zh_CN（默认：系统语言）
  --version        显示版本号
  --help           显示本帮助

退出码：0 成功，1 运行时错误，2 用法错误或校验错误。
</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>未指定命令</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--format must be table, json or csv, not &quot;%1&quot;</source>
        <translation>--format 必须是 table、json 或 csv，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>OFFERS</source>
        <translation>报价数</translation>
    </message>
    <message>
        <source>GPU MODELS</source>
        <translation>GPU 型号数</translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU 型号</translation>
    </message>
    <message>
        <source>VENDOR</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>ARCHITECTURE</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>MEMORY GB</source>
        <translation>显存 GB</translation>
    </message>
    <message>
        <source>BANDWIDTH GB/S</source>
        <translation>带宽 GB/s</translation>
    </message>
    <message>
        <source>BF16 TFLOPS</source>
        <translation>BF16 TFLOPS</translation>
    </message>
    <message>
        <source>FP8 TFLOPS</source>
        <translation>FP8 TFLOPS</translation>
    </message>
    <message>
        <source>POWER W</source>
        <translation>功耗 W</translation>
    </message>
    <message>
        <source>INTERCONNECT</source>
        <translation>互联</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>--min-gpus must be a whole number of GPUs (1 or more), not &quot;%1&quot;</source>
        <translation>--min-gpus 必须是整数个 GPU（至少 1 个），而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--min-memory must be a whole number of GB per GPU, not &quot;%1&quot;</source>
        <translation>--min-memory 必须是以 GB 为单位的单卡显存整数，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--limit must be a whole number (1 or more), not &quot;%1&quot;</source>
        <translation>--limit 必须是整数（至少为 1），而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--max-price must be an amount in US dollars per hour such as 2.50, not &quot;%1&quot;</source>
        <translation>--max-price 必须是以美元/小时计的金额（例如 2.50），而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown provider &quot;%1&quot;; &quot;gpudesk-cli providers&quot; lists them</source>
        <translation>未知的供应商 &quot;%1&quot;；运行 &quot;gpudesk-cli providers&quot; 可列出所有供应商</translation>
    </message>
    <message>
        <source>--billing must be on-demand, spot, community or reserved, not &quot;%1&quot;</source>
        <translation>--billing 必须是 on-demand、spot、community 或 reserved，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--sort must be price, price-per-gpu, price-per-pflop or memory, not &quot;%1&quot;</source>
        <translation>--sort 必须是 price、price-per-gpu、price-per-pflop 或 memory，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--task must be training, inference or latency, not &quot;%1&quot;</source>
        <translation>--task 必须是 training、inference 或 latency，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>INSTANCE TYPE</source>
        <translation>实例类型</translation>
    </message>
    <message>
        <source>GPUS</source>
        <translation>卡数</translation>
    </message>
    <message>
        <source>MEM GB</source>
        <translation>显存 GB</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>BILLING</source>
        <translation>计费方式</translation>
    </message>
    <message>
        <source>$/H</source>
        <translation>$/H</translation>
    </message>
    <message>
        <source>$/GPU-H</source>
        <translation>$/GPU-H</translation>
    </message>
    <message>
        <source>$/PFLOP-H</source>
        <translation>$/PFLOP-H</translation>
    </message>
    <message>
        <source>PRICE SOURCE</source>
        <translation>价格来源</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>推荐理由</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>询价</translation>
    </message>
    <message>
        <source>No offers match these filters.</source>
        <translation>没有符合这些筛选条件的报价。</translation>
    </message>
    <message>
        <source>PRICE SOURCES</source>
        <translation>价格来源</translation>
    </message>
    <message>
        <source>PRICES AS OF</source>
        <translation>价格日期</translation>
    </message>
    <message>
        <source>MEMORY TYPE</source>
        <translation>显存类型</translation>
    </message>
    <message>
        <source>(see gpudesk-cli --help)</source>
        <translation>（参见 gpudesk-cli --help）</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>a quoted cell is never closed</source>
        <translation>带引号的单元格缺少结束引号</translation>
    </message>
    <message>
        <source>the file is empty (a header row is required)</source>
        <translation>文件为空（必须有表头行）</translation>
    </message>
    <message>
        <source>expected %1 cells as in the header, found %2</source>
        <translation>应与表头一致有 %1 个单元格，实际为 %2 个</translation>
    </message>
    <message>
        <source>missing column(s): %1</source>
        <translation>缺少列：%1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not read the provider settings.</source>
        <translation>无法读取供应商设置。</translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not a GPU Desk database. It was left untouched; restore it from a backup, or move it away to start with an empty one.</source>
        <translation>数据库 %1 已损坏，或不是 GPU Desk 数据库。该文件未被改动；请从备份恢复，或将其移走，以便从空数据库重新开始。</translation>
    </message>
    <message>
        <source>The database %1 could not be read or written. Check the disk and the file&apos;s permissions.</source>
        <translation>无法读写数据库 %1。请检查磁盘以及该文件的权限。</translation>
    </message>
    <message>
        <source>The database %1 cannot be read. Check the file&apos;s permissions.</source>
        <translation>无法读取数据库 %1。请检查该文件的权限。</translation>
    </message>
    <message>
        <source>The database %1 could not be opened. Check the disk and the file&apos;s permissions.</source>
        <translation>无法打开数据库 %1。请检查磁盘以及该文件的权限。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of GPU Desk (schema %2; this version knows up to %3). Update GPU Desk, or start it with another --data-dir.</source>
        <translation>数据库 %1 由更新版本的 GPU Desk 写入（数据库结构版本 %2；当前版本最高支持 %3）。请升级 GPU Desk，或使用其他 --data-dir 启动。</translation>
    </message>
    <message>
        <source>The database %1 is damaged. It was left untouched; restore it from a backup, or move it away to start with an empty one.</source>
        <translation>数据库 %1 已损坏。该文件未被改动；请从备份恢复，或将其移走，以便从空数据库重新开始。</translation>
    </message>
    <message>
        <source>Could not save the provider settings.</source>
        <translation>无法保存供应商设置。</translation>
    </message>
</context>
<context>
    <name>GpuSpecTable</name>
    <message>
        <source>the model name is empty</source>
        <translation>型号名称为空</translation>
    </message>
    <message>
        <source>model &quot;%1&quot; appears twice</source>
        <translation>型号 &quot;%1&quot; 重复出现</translation>
    </message>
    <message>
        <source>release_year &quot;%1&quot; is not a year</source>
        <translation>release_year &quot;%1&quot; 不是有效年份</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole non-negative number</source>
        <translation>%1 &quot;%2&quot; 不是非负整数</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a non-negative number</source>
        <translation>%1 &quot;%2&quot; 不是非负数</translation>
    </message>
    <message>
        <source>The bundled GPU spec table is missing from this build.</source>
        <translation>此构建中缺少内置的 GPU 规格表。</translation>
    </message>
    <message>
        <source>the &quot;source&quot; column is empty: every figure must name where it comes from</source>
        <translation>“source”列为空：每项数据都必须注明来源</translation>
    </message>
</context>
<context>
    <name>JobRepository</name>
    <message>
        <source>Could not save job %1.</source>
        <translation>无法保存任务 %1。</translation>
    </message>
    <message>
        <source>Could not save the history of job %1.</source>
        <translation>无法保存任务 %1 的历史记录。</translation>
    </message>
    <message>
        <source>Job %1 is %2, not %3: it changed meanwhile. Look at it again.</source>
        <translation>任务 %1 当前为%2，而不是%3：它在此期间已发生变化，请重新查看。</translation>
    </message>
    <message>
        <source>Job %1 cannot go from %2 to %3.</source>
        <translation>任务 %1 无法从%2变为%3。</translation>
    </message>
    <message>
        <source>Could not read the jobs.</source>
        <translation>无法读取任务列表。</translation>
    </message>
    <message>
        <source>Job %1 has an unknown state &quot;%2&quot; in the database.</source>
        <translation>数据库中任务 %1 的状态“%2”无法识别。</translation>
    </message>
    <message>
        <source>There is no job %1. &quot;gpudesk-cli jobs&quot; lists them.</source>
        <translation>不存在任务 %1。可用“gpudesk-cli jobs”列出所有任务。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several jobs: use more of the id.</source>
        <translation>“%1”匹配到多个任务：请输入更完整的 ID。</translation>
    </message>
    <message>
        <source>Could not read the history of job %1.</source>
        <translation>无法读取任务 %1 的历史记录。</translation>
    </message>
</context>
<context>
    <name>JobSpecJson</name>
    <message>
        <source>A stored job has an unreadable %1 (&quot;%2&quot;).</source>
        <translation>某个已保存任务的 %1 无法读取（“%2”）。</translation>
    </message>
</context>
<context>
    <name>JobStates</name>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>submitting</source>
        <translation>提交中</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>provisioning</source>
        <translation>准备中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>已成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>已失败</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>preempted</source>
        <translation>已被抢占</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>Offer</name>
    <message>
        <source>on-demand</source>
        <translation>按需</translation>
    </message>
    <message>
        <source>spot</source>
        <translation>竞价</translation>
    </message>
    <message>
        <source>community</source>
        <translation>社区云</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>预留</translation>
    </message>
    <message>
        <source>live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>询价</translation>
    </message>
</context>
<context>
    <name>ProviderDirectory</name>
    <message>
        <source>cloud</source>
        <translation>云平台</translation>
    </message>
    <message>
        <source>marketplace</source>
        <translation>算力市场</translation>
    </message>
    <message>
        <source>reseller</source>
        <translation>转售商</translation>
    </message>
    <message>
        <source>local</source>
        <translation>本地</translation>
    </message>
</context>
<context>
    <name>Recommender</name>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Inference</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>Low latency</source>
        <translation>低延迟</translation>
    </message>
    <message>
        <source>%1 (%2), %3 GPUs over %4: %5 per BF16 PFLOP-hour</source>
        <extracomment>%4 is the GPU interconnect, e.g. &quot;NVLink 5&quot;</extracomment>
        <translation>%1（%2），%3 卡经 %4 互联：每 BF16 PFLOP·小时 %5</translation>
    </message>
    <message>
        <source>%1 (%2), single GPU: %3 per BF16 PFLOP-hour</source>
        <translation>%1（%2），单卡：每 BF16 PFLOP·小时 %3</translation>
    </message>
    <message>
        <source>%1, %2 GB per GPU: %3 per GB-hour of GPU memory (no published BF16 figure)</source>
        <translation>%1，单卡 %2 GB：每 GB 显存·小时 %3（无公开的 BF16 算力数据）</translation>
    </message>
    <message>
        <source>%1, %2 GB per GPU: %3 per GB-hour of GPU memory, %4 per BF16 PFLOP-hour</source>
        <translation>%1，单卡 %2 GB：每 GB 显存·小时 %3，每 BF16 PFLOP·小时 %4</translation>
    </message>
    <message>
        <source>In your region (%1: %2), %3 per GPU-hour</source>
        <translation>位于您所在的区域（%1：%2），每卡时 %3</translation>
    </message>
    <message>
        <source>Region not stated by the source; %1 per GPU-hour</source>
        <translation>来源未注明区域；每卡时 %1</translation>
    </message>
    <message>
        <source>Outside your region (%1 is in %2), %3 per GPU-hour</source>
        <translation>不在您所在的区域（%1 位于%2），每卡时 %3</translation>
    </message>
    <message>
        <source>%1 (%2), %3 GPUs over PCIe: %4 per BF16 PFLOP-hour</source>
        <translation>%1（%2），%3 卡经 PCIe 互联：每 BF16 PFLOP·小时 %4</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>North America</source>
        <translation>北美</translation>
    </message>
    <message>
        <source>South America</source>
        <translation>南美</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>欧洲</translation>
    </message>
    <message>
        <source>Asia</source>
        <translation>亚洲</translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation>大洋洲</translation>
    </message>
    <message>
        <source>Middle East</source>
        <translation>中东</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>非洲</translation>
    </message>
    <message>
        <source>unknown region</source>
        <translation>未知区域</translation>
    </message>
</context>
<context>
    <name>gpudesk::ComingPage</name>
    <message>
        <source>Coming in a later release</source>
        <translation>将在后续版本中推出</translation>
    </message>
</context>
<context>
    <name>gpudesk::JobManager</name>
    <message>
        <source>Job %1 cannot go from %2 to %3.</source>
        <translation>任务 %1 无法从%2变为%3。</translation>
    </message>
    <message>
        <source>No provider &quot;%1&quot; is set up.</source>
        <translation>尚未设置供应商“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Job %1 reached its maximum runtime of %n minute(s) and is being stopped.</source>
        <translation>
            <numerusform>任务 %1 已达到最长运行时间 %n 分钟，正在停止。</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 reached its maximum cost of %2 (%3 so far) and is being stopped.</source>
        <translation>任务 %1 已达到费用上限 %2（目前已花费 %3），正在停止。</translation>
    </message>
    <message>
        <source>%1 no longer knows instance %2.</source>
        <translation>%1 已找不到实例 %2。</translation>
    </message>
    <message>
        <source>Job %1 is %2 and cannot be stopped now.</source>
        <translation>任务 %1 当前为%2，现在无法停止。</translation>
    </message>
    <message>
        <source>Job %1 is %2: only a stopped job can be started.</source>
        <translation>任务 %1 当前为%2：只有已停止的任务才能启动。</translation>
    </message>
    <message>
        <source>Job %1 is still being launched: terminate it once the provider has answered.</source>
        <translation>任务 %1 仍在启动中：请在供应商响应后再终止。</translation>
    </message>
    <message>
        <source>No instance was created.</source>
        <translation>未创建任何实例。</translation>
    </message>
    <message>
        <source>Closed by the user; the provider had no instance for it.</source>
        <translation>已由用户关闭；供应商没有与之对应的实例。</translation>
    </message>
    <message>
        <source>The launch did not reach %1: no instance was created.</source>
        <translation>启动请求未到达 %1：未创建任何实例。</translation>
    </message>
    <message>
        <source>Job %1 runs on provider &quot;%2&quot;, which GPU Desk has not set up. Check Settings → Providers.</source>
        <translation>任务 %1 使用的供应商“%2”尚未在 GPU Desk 中设置。请检查 设置 → 供应商。</translation>
    </message>
</context>
<context>
    <name>gpudesk::MainWindow</name>
    <message>
        <source>GPU Desk</source>
        <translation>GPU Desk</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Build a job in a form or from YAML (image, command, GPUs, nodes; templates for torchrun, MPI, Jupyter, vLLM and dev pods), see what it will cost, launch it on a provider or on the local Sandbox, and follow it from pending to done.</source>
        <translation>通过表单或 YAML 创建任务（镜像、命令、GPU、节点；提供 torchrun、MPI、Jupyter、vLLM 和开发 Pod 模板），预估费用，在供应商或本地 Sandbox 上启动，并从排队到完成全程跟踪。</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>SSH terminals to your pods in tabs, which reconnect by themselves, forward ports and open the pod&apos;s Jupyter in one click.</source>
        <translation>以标签页管理连接到 Pod 的 SSH 终端：断线自动重连、端口转发，一键打开 Pod 中的 Jupyter。</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>What every job costs to the cent as it runs, budgets with warnings, idle GPUs stopped on request, utilization charts and cost reports.</source>
        <translation>任务运行时实时显示精确到分的费用，预算及超支预警，可按需停止闲置 GPU，提供利用率图表和费用报告。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>API keys (kept in your system keychain), SSH keys and known hosts, budgets, theme and language. Providers can already be switched on and off in the Marketplace.</source>
        <translation>API 密钥（保存在系统钥匙串中）、SSH 密钥与 known hosts、预算、主题和语言。供应商目前已可在“市场”页面中启用或停用。</translation>
    </message>
    <message>
        <source>The database is unavailable, so changes will not be saved: %1</source>
        <translation>数据库不可用，更改将不会被保存：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About GPU Desk</source>
        <translation>关于 GPU Desk(&amp;A)</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>数据：%1</translation>
    </message>
    <message>
        <source>About GPU Desk</source>
        <translation>关于 GPU Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GPU Desk %1&lt;/h3&gt;&lt;p&gt;One desktop console for GPUs rented from many clouds.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Prices shown are labelled with their source and age; snapshot prices are dated list prices, not live quotes.&lt;/p&gt;&lt;p&gt;Data folder: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GPU Desk %1&lt;/h3&gt;&lt;p&gt;一个桌面控制台，统一管理从多家云平台租用的 GPU。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。所显示的价格均标注了来源和时效；快照价格是带日期的公开标价，并非实时价格。&lt;/p&gt;&lt;p&gt;数据目录：%3&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>gpudesk::MarketplacePage</name>
    <message>
        <source>Providers</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Untick a provider to hide its offers everywhere (remembered).</source>
        <translation>取消勾选某个供应商即可在所有位置隐藏其报价（设置会被保存）。</translation>
    </message>
    <message>
        <source>GPU type</source>
        <translation>GPU 型号</translation>
    </message>
    <message>
        <source>e.g. h100, a100 80gb</source>
        <translation>例如 h100、a100 80gb</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Min GPUs</source>
        <translation>最少 GPU 数</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>Min memory/GPU</source>
        <translation>单卡最小显存</translation>
    </message>
    <message>
        <source>any, e.g. 3.50</source>
        <translation>不限，例如 3.50</translation>
    </message>
    <message>
        <source>Max $/h</source>
        <translation>最高 $/h</translation>
    </message>
    <message>
        <source>e.g. us, europe, eu-north1</source>
        <translation>例如 us、europe、eu-north1</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>计费方式</translation>
    </message>
    <message>
        <source>Show offers without a list price</source>
        <translation>显示无公开标价（需询价）的报价</translation>
    </message>
    <message>
        <source>Show Sandbox offers (simulated)</source>
        <translation>显示 Sandbox 报价（模拟）</translation>
    </message>
    <message>
        <source>Search offers: provider, GPU, instance type, region…</source>
        <translation>搜索报价：供应商、GPU、实例类型、区域…</translation>
    </message>
    <message>
        <source>Recommend for:</source>
        <translation>推荐场景：</translation>
    </message>
    <message>
        <source>No recommendation</source>
        <translation>不使用推荐</translation>
    </message>
    <message>
        <source>Training: newest high-bandwidth GPUs with NVLink first.
Inference: best price per GB of GPU memory and per TFLOP.
Low latency: offers in your region first.</source>
        <translation>训练：优先选择带 NVLink 的最新高带宽 GPU。
推理：按每 GB 显存和每 TFLOP 的价格择优。
低延迟：优先显示您所在区域的报价。</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>排序：</translation>
    </message>
    <message>
        <source>Price per hour</source>
        <translation>每小时价格</translation>
    </message>
    <message>
        <source>Price per GPU-hour</source>
        <translation>每卡时价格</translation>
    </message>
    <message>
        <source>Price per PFLOP-hour</source>
        <translation>每 PFLOP·小时价格</translation>
    </message>
    <message>
        <source>Most GPU memory</source>
        <translation>显存最大</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Publishes no list prices: offers show &quot;quote&quot;.</source>
        <translation>不公开标价：报价显示为 &quot;询价&quot;。</translation>
    </message>
    <message>
        <source>Local pods on this computer with simulated GPUs; prices are not real.</source>
        <translation>在本机上运行、使用模拟 GPU 的本地 Pod；价格并非真实价格。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in dollars per hour, e.g. 3.50.</source>
        <translation>&quot;%1&quot; 不是有效的每小时美元金额（例如 3.50）。</translation>
    </message>
    <message>
        <source>%1 of %2 offers</source>
        <translation>显示 %1 个报价（共 %2 个）</translation>
    </message>
    <message>
        <source>· ranked for %1</source>
        <translation>· 已按%1需求排序</translation>
    </message>
    <message>
        <source>· %1 live prices, %2 snapshot prices (dated, not current)</source>
        <translation>· %1 个实时价格，%2 个快照价格（带日期，非当前价格）</translation>
    </message>
    <message>
        <source>· filtered in %1 ms</source>
        <translation>· 筛选耗时 %1 ms</translation>
    </message>
    <message>
        <source>&lt;p&gt;No offer selected.&lt;/p&gt;&lt;p&gt;Widen the filters on the left to see more offers.&lt;/p&gt;</source>
        <translation>&lt;p&gt;未选择报价。&lt;/p&gt;&lt;p&gt;放宽左侧的筛选条件可查看更多报价。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 per hour</source>
        <translation>%1/小时</translation>
    </message>
    <message>
        <source>Price on quote</source>
        <translation>需询价</translation>
    </message>
    <message>
        <source>A dated list price, not a live quote: the provider&apos;s current price may differ.</source>
        <translation>这是带日期的公开标价，并非实时价格：供应商当前的价格可能有所不同。</translation>
    </message>
    <message>
        <source>Sandbox pods run on this computer with a simulated nvidia-smi; no real GPU and no real charge.</source>
        <translation>Sandbox Pod 在本机上运行，使用模拟的 nvidia-smi；没有真实 GPU，也不会产生真实费用。</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>推荐理由：</translation>
    </message>
    <message>
        <source>Per GPU-hour</source>
        <translation>每卡时</translation>
    </message>
    <message>
        <source>Per BF16 PFLOP-hour</source>
        <translation>每 BF16 PFLOP·小时</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未注明</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>%1 specifications</source>
        <translation>%1 规格</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <source>%1 GB %2</source>
        <translation>%1 GB %2</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>带宽</translation>
    </message>
    <message>
        <source>BF16 dense</source>
        <translation>BF16 稠密算力</translation>
    </message>
    <message>
        <source>FP8 dense</source>
        <translation>FP8 稠密算力</translation>
    </message>
    <message>
        <source>FP32</source>
        <translation>FP32</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>功耗</translation>
    </message>
    <message>
        <source>Interconnect</source>
        <translation>互联</translation>
    </message>
    <message>
        <source>Form factor</source>
        <translation>外形规格</translation>
    </message>
    <message>
        <source>Spec source:</source>
        <translation>规格来源：</translation>
    </message>
    <message>
        <source>GPU Desk&apos;s spec table has no published figures for %1, so per-PFLOP figures are not shown.</source>
        <translation>GPU Desk 的规格表中没有 %1 的公开数据，因此不显示按 PFLOP 计算的价格。</translation>
    </message>
    <message>
        <source>Price source:</source>
        <translation>价格来源：</translation>
    </message>
    <message>
        <source>Per GB-hour of GPU memory</source>
        <translation>每 GB 显存·小时</translation>
    </message>
    <message>
        <source>Ask %1 for a quote</source>
        <translation>向 %1 询价</translation>
    </message>
    <message>
        <source>Check %1&apos;s current prices</source>
        <translation>查看 %1 的当前价格</translation>
    </message>
    <message>
        <source>The source does not say which %1 variant this is, so per-PFLOP figures are not shown. It is one of:</source>
        <translation>来源未说明这是哪一款 %1，因此不显示按 PFLOP 计算的价格。它是以下之一：</translation>
    </message>
    <message>
        <source>%1 GB/s</source>
        <translation>%1 GB/s</translation>
    </message>
    <message>
        <source>%1 BF16 TFLOPS</source>
        <translation>%1 BF16 TFLOPS</translation>
    </message>
    <message>
        <source>The Sandbox runs pods on this computer with simulated GPUs, for trying GPU Desk without an account. Its prices mirror snapshot prices and are not charged.</source>
        <translation>Sandbox 在本机运行带模拟 GPU 的 Pod，无需账号即可试用 GPU Desk。其价格参照快照价格，不会产生任何费用。</translation>
    </message>
</context>
<context>
    <name>gpudesk::OfferTableModel</name>
    <message>
        <source>snapshot · undated</source>
        <translation>快照 · 无日期</translation>
    </message>
    <message>
        <source>snapshot · %1 d</source>
        <translation>快照 · %1 天</translation>
    </message>
    <message>
        <source>%1
Source: %2</source>
        <translation>%1
来源：%2</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未注明</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>询价</translation>
    </message>
    <message>
        <source>Price per GPU per hour</source>
        <translation>每卡每小时价格</translation>
    </message>
    <message>
        <source>Price per hour for one PFLOP/s of dense BF16 compute (vendor peak figure)</source>
        <translation>每 PFLOP/s BF16 稠密算力每小时的价格（按厂商标称峰值计算）</translation>
    </message>
    <message>
        <source>Where the price comes from: live from the provider, a dated snapshot, simulated, or quote only</source>
        <translation>价格来源：供应商实时价格、带日期的快照、模拟价格，或仅支持询价</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Instance type</source>
        <translation>实例类型</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU 型号</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU 数</translation>
    </message>
    <message>
        <source>Memory/GPU</source>
        <translation>单卡显存</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>计费方式</translation>
    </message>
    <message>
        <source>$/h</source>
        <translation>$/h</translation>
    </message>
    <message>
        <source>$/GPU-h</source>
        <translation>$/GPU-h</translation>
    </message>
    <message>
        <source>$/PFLOP-h</source>
        <translation>$/PFLOP-h</translation>
    </message>
    <message>
        <source>Price source</source>
        <translation>价格来源</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>推荐理由</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Keep the database in DIR.</source>
        <translation>将数据库保存在 DIR 中。</translation>
    </message>
    <message>
        <source>Interface language: en or zh_CN.</source>
        <translation>界面语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Render the window to FILE (PNG) and exit.</source>
        <translation>将窗口渲染为 FILE（PNG）后退出。</translation>
    </message>
    <message>
        <source>Open VIEW: marketplace, jobs, terminals, costs, settings.</source>
        <translation>打开视图 VIEW：marketplace、jobs、terminals、costs、settings。</translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot;; use one of: %2</source>
        <translation>未知视图 &quot;%1&quot;；可用视图：%2</translation>
    </message>
    <message>
        <source>GPU Desk cannot start</source>
        <translation>GPU Desk 无法启动</translation>
    </message>
    <message>
        <source>could not write the screenshot to %1</source>
        <translation>无法将截图写入 %1</translation>
    </message>
    <message>
        <source>Database unavailable</source>
        <translation>数据库不可用</translation>
    </message>
    <message>
        <source>Open the Marketplace searching for TEXT.</source>
        <translation>打开市场并搜索 TEXT。</translation>
    </message>
    <message>
        <source>Rank offers for TASK: training, inference or latency.</source>
        <translation>按 TASK 为报价排序：training（训练）、inference（推理）或 latency（低延迟）。</translation>
    </message>
    <message>
        <source>unknown task &quot;%1&quot;; use training, inference or latency</source>
        <translation>未知的任务“%1”；请使用 training、inference 或 latency</translation>
    </message>
</context>
</TS>
