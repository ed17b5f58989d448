<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About GPU Desk</source>
        <translation>关于 GPU Desk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;GPU Desk %1&lt;/h2&gt;&lt;p&gt;One desktop console for the GPUs you rent from many clouds.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later (%2). Prices are labelled with their source and age; snapshot prices are dated list prices, not live quotes.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;GPU Desk %1&lt;/h2&gt;&lt;p&gt;一个桌面控制台，管理你从多家云租用的 GPU。&lt;/p&gt;&lt;p&gt;按 GNU 通用公共许可证第 3 版或更新版本（%2）授权。价格均标注来源和时效；快照价格是带日期的公开标价，不是实时报价。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>库</translation>
    </message>
    <message>
        <source>Bundled data</source>
        <translation>内置数据</translation>
    </message>
    <message>
        <source>Data folder: %1 · Qt %2 (run time)</source>
        <translation>数据文件夹：%1 · Qt %2（运行时）</translation>
    </message>
</context>
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
    <name>Application</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n live offer(s).</source>
        <translation>
            <numerusform>%1：%n 个实时报价。</numerusform>
        </translation>
    </message>
    <message>
        <source>No provider has an API key yet: prices are from the bundled snapshot. Add keys in Settings → Providers and keys.</source>
        <translation>尚未有任何供应商配置 API 密钥：价格来自内置快照。请在 设置 → 供应商与密钥 中添加密钥。</translation>
    </message>
    <message>
        <source>The Sandbox needs GPU Desk&apos;s database, which is not open.</source>
        <translation>沙盒需要 GPU Desk 的数据库，但数据库未打开。</translation>
    </message>
    <message>
        <source>The Sandbox has no offers.</source>
        <translation>沙盒没有报价。</translation>
    </message>
</context>
<context>
    <name>AttemptRepository</name>
    <message>
        <source>Could not number the attempts of job %1.</source>
        <translation>无法为任务 %1 的尝试编号。</translation>
    </message>
    <message>
        <source>Could not store attempt %1 of job %2.</source>
        <translation>无法保存任务 %2 的第 %1 次尝试。</translation>
    </message>
    <message>
        <source>Could not read the attempts of job %1.</source>
        <translation>无法读取任务 %1 的尝试记录。</translation>
    </message>
</context>
<context>
    <name>Budget</name>
    <message>
        <source>all jobs</source>
        <translation>所有任务</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>项目 %1</translation>
    </message>
    <message>
        <source>provider %1</source>
        <translation>提供商 %1</translation>
    </message>
    <message>
        <source>project %1 on %2</source>
        <translation>%2 上的项目 %1</translation>
    </message>
</context>
<context>
    <name>BudgetRepository</name>
    <message>
        <source>A monthly budget must be more than $0.</source>
        <translation>每月预算必须大于 $0。</translation>
    </message>
    <message>
        <source>Could not store the budget.</source>
        <translation>无法保存预算。</translation>
    </message>
    <message>
        <source>Could not read the budgets.</source>
        <translation>无法读取预算。</translation>
    </message>
    <message>
        <source>Could not remove the budget.</source>
        <translation>无法删除预算。</translation>
    </message>
    <message>
        <source>There is no budget %1: gpudesk-cli budget list shows them.</source>
        <translation>没有预算 %1：gpudesk-cli budget list 可列出所有预算。</translation>
    </message>
    <message>
        <source>Could not record the budget alert.</source>
        <translation>无法记录预算提醒。</translation>
    </message>
    <message>
        <source>Could not read the budget alerts.</source>
        <translation>无法读取预算提醒。</translation>
    </message>
</context>
<context>
    <name>BuildInfo</name>
    <message>
        <source>windows, networking, database access, charts</source>
        <translation>窗口、网络、数据库访问、图表</translation>
    </message>
    <message>
        <source>SSH terminals, commands and port forwarding; the Sandbox&apos;s SSH servers</source>
        <translation>SSH 终端、命令和端口转发；沙盒的 SSH 服务器</translation>
    </message>
    <message>
        <source>the local database (public domain)</source>
        <translation>本地数据库（公有领域）</translation>
    </message>
    <message>
        <source>terminal emulation</source>
        <translation>终端仿真</translation>
    </message>
    <message>
        <source>API keys in the system keychain</source>
        <translation>将 API 密钥保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>job files in YAML</source>
        <translation>YAML 格式的任务文件</translation>
    </message>
    <message>
        <source>GPU specification table</source>
        <translation>GPU 规格表</translation>
    </message>
    <message>
        <source>figures derived from public spec tables; sources and dates in SOURCES.md</source>
        <translation>数据取自公开规格表；来源和日期见 SOURCES.md</translation>
    </message>
    <message>
        <source>Price snapshot</source>
        <translation>价格快照</translation>
    </message>
    <message>
        <source>facts (list prices)</source>
        <translation>事实数据（公开标价）</translation>
    </message>
    <message>
        <source>dated public list prices with their source per row; see SOURCES.md</source>
        <translation>带日期的公开标价，每行注明来源；见 SOURCES.md</translation>
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
    <message numerus="yes">
        <source>The provider did not answer within %n second(s). The job&apos;s state is stored; check it again with &quot;gpudesk-cli jobs&quot;.</source>
        <translation>
            <numerusform>供应商在 %n 秒内未响应。任务状态已保存；请稍后用 &quot;gpudesk-cli jobs&quot; 再次查看。</numerusform>
        </translation>
    </message>
    <message>
        <source>validate needs a job file: gpudesk-cli validate FILE.yaml</source>
        <translation>validate 需要指定任务文件：gpudesk-cli validate FILE.yaml</translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation>%1：校验通过</translation>
    </message>
    <message>
        <source>import needs a format and a file: gpudesk-cli import skypilot|dstack FILE -o OUT.yaml</source>
        <translation>import 需要指定格式和文件：gpudesk-cli import skypilot|dstack FILE -o OUT.yaml</translation>
    </message>
    <message>
        <source>import reads skypilot or dstack files, not &quot;%1&quot;</source>
        <translation>import 只能读取 skypilot 或 dstack 文件，而不是 &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n warning(s)).</source>
        <translation>
            <numerusform>已写入 %1（%n 条警告）。</numerusform>
        </translation>
    </message>
    <message>
        <source>the command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>launch needs a job file, or --provider and --gpu MODEL:COUNT</source>
        <translation>launch 需要指定任务文件，或同时指定 --provider 和 --gpu MODEL:COUNT</translation>
    </message>
    <message>
        <source>unknown template &quot;%1&quot;</source>
        <translation>未知模板 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--gpu must be MODEL:COUNT such as H100:8, not &quot;%1&quot;</source>
        <translation>--gpu 必须是 MODEL:COUNT 格式（例如 H100:8），而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--env must be NAME=VALUE, not &quot;%1&quot;</source>
        <translation>--env 必须是 NAME=VALUE 格式，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>valid; not launched (--dry-run)</source>
        <translation>校验通过；未启动（--dry-run）</translation>
    </message>
    <message>
        <source>offer: %1 × %2, %3</source>
        <translation>报价：%1 × %2，%3</translation>
    </message>
    <message>
        <source>estimate: %1 per hour (%2)</source>
        <translation>估算：每小时 %1（%2）</translation>
    </message>
    <message>
        <source>at most %1 for the max runtime</source>
        <translation>在最长运行时间内最多 %1</translation>
    </message>
    <message>
        <source>price on quote</source>
        <translation>需询价</translation>
    </message>
    <message>
        <source>no matching offer in the catalog: no estimate</source>
        <translation>目录中没有匹配的报价：无法估算费用</translation>
    </message>
    <message>
        <source>Job %1 failed to launch: %2</source>
        <translation>任务 %1 启动失败：%2</translation>
    </message>
    <message>
        <source>Launched %1 (%2) on %3: %4.</source>
        <translation>已在 %3 上启动 %1（%2）：%4。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>AGE</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>COST</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>No jobs yet. &quot;gpudesk-cli launch&quot; starts one.</source>
        <translation>还没有任务。运行 &quot;gpudesk-cli launch&quot; 可启动一个任务。</translation>
    </message>
    <message>
        <source>status needs a job: gpudesk-cli status JOB</source>
        <translation>status 需要指定任务：gpudesk-cli status JOB</translation>
    </message>
    <message>
        <source>--wait needs a state such as running or stopped, not &quot;%1&quot;</source>
        <translation>--wait 需要一个状态（例如 running 或 stopped），而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--timeout must be whole seconds, not &quot;%1&quot;</source>
        <translation>--timeout 必须是整数秒，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Job %1 is %2 and will not become %3. %4</source>
        <translation>任务 %1 当前为%2，不会再变为%3。%4</translation>
    </message>
    <message numerus="yes">
        <source>Job %1 is still %2 after %n second(s).</source>
        <translation>
            <numerusform>已等待 %n 秒，任务 %1 仍为%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>gpus</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>exit code</source>
        <translation>退出码</translation>
    </message>
    <message>
        <source>message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>history:</source>
        <translation>历史记录：</translation>
    </message>
    <message>
        <source>%1 needs a job: gpudesk-cli %1 JOB</source>
        <translation>%1 需要指定任务：gpudesk-cli %1 JOB</translation>
    </message>
    <message>
        <source>logs needs a job: gpudesk-cli logs JOB</source>
        <translation>logs 需要指定任务：gpudesk-cli logs JOB</translation>
    </message>
    <message>
        <source>--bytes must be a positive whole number, not &quot;%1&quot;</source>
        <translation>--bytes 必须是正整数，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The provider did not send the logs in time.</source>
        <translation>供应商未能及时返回日志。</translation>
    </message>
    <message>
        <source>%1 is not an orphan instance; &quot;gpudesk-cli orphans&quot; lists them.</source>
        <translation>%1 不是孤立实例；运行 &quot;gpudesk-cli orphans&quot; 可列出所有孤立资源。</translation>
    </message>
    <message>
        <source>INSTANCE</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>JOB</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>No orphans: every instance belongs to a job and every job&apos;s instance exists.</source>
        <translation>没有孤立资源：每个实例都属于某个任务，每个任务的实例也都存在。</translation>
    </message>
    <message>
        <source>ssh-config needs a job: gpudesk-cli ssh-config JOB</source>
        <translation>ssh-config 需要指定任务：gpudesk-cli ssh-config JOB</translation>
    </message>
    <message>
        <source>The provider did not say how to reach job %1 in time.</source>
        <translation>供应商未能及时提供任务 %1 的连接方式。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Wrote %1: connect with ssh -F %1 gpudesk-%2</source>
        <translation>已写入 %1：可用 ssh -F %1 gpudesk-%2 连接</translation>
    </message>
    <message>
        <source>gpudesk-cli: the keychain did not answer within 30 seconds; continuing without stored keys.</source>
        <translation>gpudesk-cli：钥匙串在 30 秒内未响应；将在不使用已存储密钥的情况下继续。</translation>
    </message>
    <message>
        <source>environment (%1)</source>
        <translation>环境变量（%1）</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>钥匙串</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>the keychain did not answer</source>
        <translation>钥匙串未响应</translation>
    </message>
    <message>
        <source>keys: unknown subcommand &quot;%1&quot; (set, test, remove)</source>
        <translation>keys：未知的子命令 &quot;%1&quot;（可用：set、test、remove）</translation>
    </message>
    <message>
        <source>keys %1: name one provider (lambda, runpod, vastai, crusoe, lepton)</source>
        <translation>keys %1：请指定一个供应商（lambda、runpod、vastai、crusoe、lepton）</translation>
    </message>
    <message>
        <source>keys %1: --account is only for &quot;keys set&quot;</source>
        <translation>keys %1：--account 仅用于 &quot;keys set&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a provider that takes an API key (lambda, runpod, vastai, crusoe, lepton)</source>
        <translation>&quot;%1&quot; 不是使用 API 密钥的供应商（lambda、runpod、vastai、crusoe、lepton）</translation>
    </message>
    <message>
        <source>%1 access key</source>
        <translation>%1 访问密钥</translation>
    </message>
    <message>
        <source>%1 API key</source>
        <translation>%1 API 密钥</translation>
    </message>
    <message>
        <source>%1 secret key</source>
        <translation>%1 秘密密钥</translation>
    </message>
    <message>
        <source>keys set: no key on stdin (pipe it in, e.g. &quot;pass show lambda | gpudesk-cli keys set lambda&quot;)</source>
        <translation>keys set：stdin 中没有密钥（请通过管道传入，例如 &quot;pass show lambda | gpudesk-cli keys set lambda&quot;）</translation>
    </message>
    <message>
        <source>keys set: %1 needs the secret key on the second line of stdin</source>
        <translation>keys set：%1 需要在 stdin 的第二行提供秘密密钥</translation>
    </message>
    <message>
        <source>keys set: DGX Cloud Lepton needs --account WORKSPACE_URL</source>
        <translation>keys set：DGX Cloud Lepton 需要 --account WORKSPACE_URL</translation>
    </message>
    <message>
        <source>keys set: %1 needs --account PROJECT_ID</source>
        <translation>keys set：%1 需要 --account PROJECT_ID</translation>
    </message>
    <message>
        <source>The keychain did not answer within a minute; the key was not stored.</source>
        <translation>钥匙串在一分钟内未响应；密钥未保存。</translation>
    </message>
    <message>
        <source>Stored the %1 key in %2. Check it with &quot;gpudesk-cli keys test %3&quot;.</source>
        <translation>已将 %1 的密钥存入%2。可用 &quot;gpudesk-cli keys test %3&quot; 进行检查。</translation>
    </message>
    <message>
        <source>Note: %1 is set in the environment and takes precedence over the stored key.</source>
        <translation>注意：环境变量中已设置 %1，它优先于已存储的密钥。</translation>
    </message>
    <message>
        <source>The keychain did not answer within a minute; the key may still be stored.</source>
        <translation>钥匙串在一分钟内未响应；密钥可能仍保存在其中。</translation>
    </message>
    <message>
        <source>Removed the %1 key from %2.</source>
        <translation>已从%2中删除 %1 的密钥。</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 在 %n 秒内未响应。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: prices come from the bundled snapshot only (no API GPU Desk can ask).</source>
        <translation>%1：价格仅来自内置快照（没有可供 GPU Desk 查询的 API）。</translation>
    </message>
    <message numerus="yes">
        <source>The providers did not answer within %n second(s).</source>
        <translation>
            <numerusform>供应商在 %n 秒内未响应。</numerusform>
        </translation>
    </message>
    <message>
        <source>No provider has an API key yet, so there is nothing live to fetch: showing snapshot prices. Add a key with &quot;gpudesk-cli keys set PROVIDER&quot;.</source>
        <translation>尚未有任何供应商配置 API 密钥，因此没有可获取的实时数据：显示快照价格。请用 &quot;gpudesk-cli keys set PROVIDER&quot; 添加密钥。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n live offer(s).</source>
        <translation>
            <numerusform>%1：%n 个实时报价。</numerusform>
        </translation>
    </message>
    <message>
        <source>exec: name a job or ssh://user@host:port, then -- COMMAND</source>
        <translation>exec：请指定一个任务或 ssh://user@host:port，然后是 -- COMMAND</translation>
    </message>
    <message>
        <source>%1 is not a known host (%2 key %3). Check the fingerprint, then run again with --accept-new to trust it.</source>
        <translation>%1 不是已知主机（%2 密钥 %3）。请核对指纹，然后加上 --accept-new 重新运行以信任它。</translation>
    </message>
    <message>
        <source>Passphrase for %1</source>
        <translation>%1 的口令</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 未能及时应答。</translation>
    </message>
    <message>
        <source>Usage: gpudesk-cli [--data-dir DIR] [--lang LANG] COMMAND [OPTIONS]

Commands:
</source>
        <translation>用法：gpudesk-cli [--data-dir DIR] [--lang LANG] COMMAND [OPTIONS]

命令：
</translation>
    </message>
    <message>
        <source>  providers [--format table|json|csv]
      Providers GPU Desk knows, with their offers and where the prices come from.
</source>
        <translation>  providers [--format table|json|csv]
      GPU Desk 已知的供应商，及其报价和价格来源。
</translation>
    </message>
    <message>
        <source>  gpus [--format table|json|csv]
      The GPU spec table: memory, bandwidth, BF16/FP8 dense TFLOPS, power.
</source>
        <translation>  gpus [--format table|json|csv]
      GPU 规格表：显存、带宽、BF16/FP8 稠密 TFLOPS、功耗。
</translation>
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
        <translation>  offers [--gpu NAME] [--min-gpus N] [--min-memory GB] [--max-price USD]
         [--provider NAME] [--region R] [--billing on-demand|spot|community|reserved]
         [--search TEXT] [--task training|inference|latency]
         [--sort price|price-per-gpu|price-per-pflop|memory] [--limit N]
         [--include-simulated] [--refresh] [--format table|json|csv]
      并排比较 GPU 报价。--gpu 接受型号系列（&quot;h100&quot; 即 H100 SXM、PCIe 和 NVL）
      和列表（&quot;H100,H200&quot;）。--task 按任务为报价排序并说明理由。
      --refresh 先从每个已配置密钥的供应商（或 --provider 指定的供应商）获取
      实时报价，并在 stderr 上报告各供应商的响应结果。
</translation>
    </message>
    <message>
        <source>  launch FILE.yaml [--provider P] [--dry-run] [--format table|json]
</source>
        <translation>  launch FILE.yaml [--provider P] [--dry-run] [--format table|json]
</translation>
    </message>
    <message>
        <source>  launch --provider P --gpu MODEL:COUNT [--name N] [--image I] [--template T]
         [--env K=V]... [--dry-run] -- COMMAND...
      Launches a job and prints its id. --dry-run validates and prints the resolved job
      and its cost estimate without launching.
</source>
        <translation>  launch --provider P --gpu MODEL:COUNT [--name N] [--image I] [--template T]
         [--env K=V]... [--dry-run] -- COMMAND...
      启动任务并输出其 ID。--dry-run 只校验并输出解析后的任务及其费用估算，
      不实际启动。
</translation>
    </message>
    <message>
        <source>  validate FILE.yaml
      Checks a job file; exits 2 listing each field&apos;s problem.
</source>
        <translation>  validate FILE.yaml
      检查任务文件；有问题时以退出码 2 退出，并逐项列出各字段的问题。
</translation>
    </message>
    <message>
        <source>  import skypilot|dstack FILE -o OUT.yaml
      Converts a SkyPilot or dstack task file; what cannot be mapped is listed.
</source>
        <translation>  import skypilot|dstack FILE -o OUT.yaml
      转换 SkyPilot 或 dstack 任务文件；无法映射的内容会被列出。
</translation>
    </message>
    <message>
        <source>  jobs [--format table|json]
</source>
        <translation>  jobs [--format table|json]
</translation>
    </message>
    <message>
        <source>  status JOB [--wait STATE --timeout SECONDS] [--format table|json]
</source>
        <translation>  status JOB [--wait STATE --timeout SECONDS] [--format table|json]
</translation>
    </message>
    <message>
        <source>  stop|start|terminate JOB
</source>
        <translation>  stop|start|terminate JOB
</translation>
    </message>
    <message>
        <source>  logs JOB [--bytes N]
</source>
        <translation>  logs JOB [--bytes N]
</translation>
    </message>
    <message>
        <source>  orphans [--terminate INSTANCE] [--format table|json]
      Instances no job owns, and jobs whose instance vanished.
</source>
        <translation>  orphans [--terminate INSTANCE] [--format table|json]
      不属于任何任务的实例，以及实例已消失的任务。
</translation>
    </message>
    <message>
        <source>  ssh-config JOB [-o FILE]
      An OpenSSH Host block (and a known_hosts file) so that `ssh -F FILE gpudesk-JOB` works.
</source>
        <translation>  ssh-config JOB [-o FILE]
      生成 OpenSSH Host 配置块（及 known_hosts 文件），使 `ssh -F FILE gpudesk-JOB` 可用。
</translation>
    </message>
    <message>
        <source>  exec JOB|ssh://user@host:port [-i KEY] [--known-hosts FILE] [--accept-new] -- COMMAND
      Runs COMMAND over SSH and passes its output and exit status through. An unknown host
      fails with its fingerprint unless --accept-new; a changed host key always fails.
</source>
        <translation>  exec JOB|ssh://user@host:port [-i KEY] [--known-hosts FILE] [--accept-new] -- COMMAND
      通过 SSH 运行 COMMAND，原样传回其输出和退出状态。未知主机会连同其指纹一起被拒绝，
      除非使用 --accept-new；主机密钥变化时一律拒绝。
</translation>
    </message>
    <message>
        <source>  keys [--format table|json]
      Which providers have an API key, and where it comes from (never the key).
</source>
        <translation>  keys [--format table|json]
      哪些供应商已有 API 密钥，以及密钥来自何处（从不显示密钥本身）。
</translation>
    </message>
    <message>
        <source>  keys set PROVIDER [--account ID]
      Stores a key in the system keychain, read from stdin (never from the command line).
      Crusoe reads the access key, then the secret key; --account is Crusoe&apos;s project id or
      the DGX Cloud Lepton workspace URL.
</source>
        <translation>  keys set PROVIDER [--account ID]
      将密钥存入系统钥匙串，密钥从 stdin 读取（绝不从命令行读取）。
      Crusoe 先读取访问密钥，再读取秘密密钥；--account 为 Crusoe 的项目 ID
      或 DGX Cloud Lepton 的工作区 URL。
</translation>
    </message>
    <message>
        <source>  keys test PROVIDER
      Calls a cheap read endpoint with the key and says what worked.
</source>
        <translation>  keys test PROVIDER
      使用该密钥调用一个开销很小的只读接口，并报告哪些调用成功。
</translation>
    </message>
    <message>
        <source>  keys remove PROVIDER
</source>
        <translation>  keys remove PROVIDER
</translation>
    </message>
    <message>
        <source>  about [--format table|json|csv]
      GPU Desk&apos;s version and licence, and the libraries and data it is built with.
</source>
        <translation>  about [--format table|json|csv]
      GPU Desk 的版本和许可证，以及构建所用的库和数据。
</translation>
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
        <translation>
选项：
  --data-dir DIR   GPU Desk 存放数据库的位置（默认：$GPUDESK_DATA_DIR，否则为
                   平台的应用数据目录）
  --lang LANG      en 或 zh_CN（默认：系统语言）
  --version        显示版本
  --help           显示此帮助

</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 runtime error, 2 usage or validation error.
</source>
        <translation>退出码：0 成功，1 运行时错误，2 用法或校验错误。
</translation>
    </message>
    <message>
        <source>GPU Desk %1, licensed under %2.</source>
        <translation>GPU Desk %1，按 %2 授权。</translation>
    </message>
    <message>
        <source>COMPONENT</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>LICENCE</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>USED FOR</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>this program</source>
        <translation>本程序</translation>
    </message>
    <message>
        <source>  report --from YYYY-MM-DD --to YYYY-MM-DD [--group-by day|provider|project|gpu|job]
         [--format csv|json|html|pdf] [-o FILE] [--time-zone ZONE] [--idle-under PERCENT]
      Cost report of the days given (both included, local days unless --time-zone): GPU-hours,
      estimated, simulated and billed cost, idle GPU-hours and wasted dollars. CSV, JSON and HTML
      go to stdout without -o; PDF needs -o.
</source>
        <translation>  report --from YYYY-MM-DD --to YYYY-MM-DD [--group-by day|provider|project|gpu|job]
         [--format csv|json|html|pdf] [-o FILE] [--time-zone ZONE] [--idle-under PERCENT]
      所给日期（含首尾两天，除非指定 --time-zone，否则按本地日期）的费用报告：GPU 小时、
      估算、模拟与已计费费用、空闲 GPU 小时及浪费金额。未指定 -o 时 CSV、JSON 和 HTML
      输出到 stdout；PDF 必须指定 -o。
</translation>
    </message>
    <message>
        <source>  budget set --monthly USD [--project P] [--provider P] [--auto-stop]
  budget list [--format table|json|csv]
  budget remove ID
      Monthly budgets: alerts at 50, 80 and 100 %; --auto-stop stops the budget&apos;s jobs at 100 %.
      list shows this month&apos;s spend, burn rate and month-end forecast.
</source>
        <translation>  budget set --monthly USD [--project P] [--provider P] [--auto-stop]
  budget list [--format table|json|csv]
  budget remove ID
      每月预算：在 50%、80% 和 100% 时提醒；--auto-stop 在达到 100% 时停止该预算的任务。
      list 显示本月支出、消耗速率及月末预测。
</translation>
    </message>
    <message>
        <source>  idle set [--job JOB] [--under PERCENT] [--for MINUTES] [--action warn|stop|warn-then-stop]
           [--grace MINUTES] [--off]
  idle list|remove [--job JOB]
      Idle auto-stop: a job whose GPUs stay under PERCENT (5) for MINUTES (30) is warned about
      and/or stopped. Without --job: the default for jobs without their own.
</source>
        <translation>  idle set [--job JOB] [--under PERCENT] [--for MINUTES] [--action warn|stop|warn-then-stop]
           [--grace MINUTES] [--off]
  idle list|remove [--job JOB]
      空闲自动停止：任务的 GPU 在 MINUTES（30）分钟内一直低于 PERCENT（5）% 时发出提醒
      和/或停止任务。不带 --job：适用于没有自身策略的任务的默认策略。
</translation>
    </message>
    <message>
        <source>  usage [--job JOB] [--format table|json|csv]
      The latest GPU samples (utilization, memory, power, temperature) of running jobs.
</source>
        <translation>  usage [--job JOB] [--format table|json|csv]
      运行中任务的最新 GPU 采样（利用率、显存、功耗、温度）。
</translation>
    </message>
    <message>
        <source>report needs --from and --to as YYYY-MM-DD (both days included)</source>
        <translation>report 需要 YYYY-MM-DD 格式的 --from 和 --to（含首尾两天）</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2)</source>
        <translation>--to（%1）早于 --from（%2）</translation>
    </message>
    <message>
        <source>--group-by must be day, provider, project, gpu or job, not &quot;%1&quot;</source>
        <translation>--group-by 必须是 day、provider、project、gpu 或 job，而不是“%1”</translation>
    </message>
    <message>
        <source>--format must be csv, json, html or pdf, not &quot;%1&quot;</source>
        <translation>--format 必须是 csv、json、html 或 pdf，而不是“%1”</translation>
    </message>
    <message>
        <source>a PDF report needs -o FILE</source>
        <translation>PDF 报告需要 -o FILE</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot; (an IANA name such as Europe/Berlin, or UTC)</source>
        <translation>未知时区“%1”（请使用 IANA 名称，如 Europe/Berlin，或 UTC）</translation>
    </message>
    <message>
        <source>--idle-under must be a percentage from 0 to 100</source>
        <translation>--idle-under 必须是 0 到 100 之间的百分比</translation>
    </message>
    <message>
        <source>PDF reports need the graphics library; run gpudesk-cli as installed.</source>
        <translation>PDF 报告需要图形库；请运行已安装的 gpudesk-cli。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %2 estimated, %3 simulated, %n row(s).</source>
        <translation>
            <numerusform>已写入 %1：估算 %2，模拟 %3，共 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>budget set needs --monthly USD, an amount above 0 (e.g. 500 or 1250.50)</source>
        <translation>budget set 需要 --monthly USD，金额须大于 0（如 500 或 1250.50）</translation>
    </message>
    <message>
        <source>Budget %1: %2 a month for %3%4</source>
        <translation>预算 %1：%3 每月 %2%4</translation>
    </message>
    <message>
        <source>, its jobs stopped at 100 %</source>
        <translation>，达到 100% 时停止其任务</translation>
    </message>
    <message>
        <source>budget remove needs the budget&apos;s id (gpudesk-cli budget list shows it)</source>
        <translation>budget remove 需要预算 ID（gpudesk-cli budget list 可查看）</translation>
    </message>
    <message>
        <source>Budget %1 removed.</source>
        <translation>预算 %1 已删除。</translation>
    </message>
    <message>
        <source>budget takes set, list or remove, not &quot;%1&quot;</source>
        <translation>budget 的子命令为 set、list 或 remove，而不是“%1”</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>MONTHLY</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>SPENT</source>
        <translation>已支出</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>BURN/H</source>
        <translation>每小时消耗</translation>
    </message>
    <message>
        <source>MONTH END</source>
        <translation>月末</translation>
    </message>
    <message>
        <source>RUNS OUT</source>
        <translation>耗尽时间</translation>
    </message>
    <message>
        <source>AUTO-STOP</source>
        <translation>自动停止</translation>
    </message>
    <message>
        <source>No budgets yet. &quot;gpudesk-cli budget set --monthly USD&quot; sets one.</source>
        <translation>尚无预算。使用“gpudesk-cli budget set --monthly USD”设置。</translation>
    </message>
    <message>
        <source>--under must be a percentage from 0 to 100</source>
        <translation>--under 必须是 0 到 100 之间的百分比</translation>
    </message>
    <message>
        <source>--for must be a number of minutes above 0</source>
        <translation>--for 必须是大于 0 的分钟数</translation>
    </message>
    <message>
        <source>--grace must be a number of minutes</source>
        <translation>--grace 必须是分钟数</translation>
    </message>
    <message>
        <source>--action must be warn, stop or warn-then-stop</source>
        <translation>--action 必须是 warn、stop 或 warn-then-stop</translation>
    </message>
    <message>
        <source>Idle policy for %1: %2</source>
        <translation>%1 的空闲策略：%2</translation>
    </message>
    <message>
        <source>every job without its own</source>
        <translation>所有没有自身策略的任务</translation>
    </message>
    <message numerus="yes">
        <source>GPUs under %1 % for %n minute(s): %2</source>
        <translation>
            <numerusform>GPU 低于 %1% 持续 %n 分钟：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>idle takes set, list or remove, not &quot;%1&quot;</source>
        <translation>idle 的子命令为 set、list 或 remove，而不是“%1”</translation>
    </message>
    <message>
        <source>ON</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>UNDER %</source>
        <translation>低于 %</translation>
    </message>
    <message>
        <source>FOR MIN</source>
        <translation>持续分钟</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>GRACE MIN</source>
        <translation>宽限分钟</translation>
    </message>
    <message>
        <source>AT</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>UTIL %</source>
        <translation>利用率 %</translation>
    </message>
    <message>
        <source>MEM MiB</source>
        <translation>显存 MiB</translation>
    </message>
    <message>
        <source>OF MiB</source>
        <translation>总量 MiB</translation>
    </message>
    <message>
        <source>TEMP °C</source>
        <translation>温度 °C</translation>
    </message>
    <message>
        <source>No samples yet: GPU Desk samples running jobs every 10 seconds while the desktop app runs.</source>
        <translation>尚无采样：桌面应用运行时，GPU Desk 每 10 秒对运行中的任务采样一次。</translation>
    </message>
    <message>
        <source>  launch FILE.yaml --provider auto [--dry-run] [--format table|json]
      Places the job on the best offer of every provider that can launch (the file&apos;s
      placement: block says which GPUs, providers and regions), moving on past capacity
      refusals. --dry-run prints the ranked candidates, why each is there, and what was excluded.
</source>
        <translation>  launch FILE.yaml --provider auto [--dry-run] [--format table|json]
      将任务放到所有可启动的供应商中最合适的报价上（文件中的 placement: 块说明
      可接受的 GPU、供应商和区域），遇到容量不足的拒绝时自动尝试下一个。
      --dry-run 输出排序后的候选报价、每个候选的理由以及被排除的报价。
</translation>
    </message>
    <message>
        <source>  sandbox preempt JOB
      The Sandbox takes the job&apos;s pod back, as a cloud takes back a spot instance.
</source>
        <translation>  sandbox preempt JOB
      沙盒收回该任务的 pod，就像云厂商收回竞价实例一样。
</translation>
    </message>
    <message>
        <source>attempts:</source>
        <translation>尝试：</translation>
    </message>
    <message>
        <source> [restart %1]</source>
        <translation> [第 %1 次重启]</translation>
    </message>
    <message>
        <source>Fetching live prices from %1 first…</source>
        <translation>先从 %1 获取实时价格…</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Candidates for %1 (%2), best first:</source>
        <translation>%1 的候选报价（%2），最佳在前：</translation>
    </message>
    <message>
        <source>Excluded:</source>
        <translation>已排除：</translation>
    </message>
    <message>
        <source>Not launched (--dry-run).</source>
        <translation>未启动（--dry-run）。</translation>
    </message>
    <message>
        <source>No offer matches %1: %2 Try &quot;gpudesk-cli launch %3 --provider auto --dry-run&quot; to see why.</source>
        <translation>没有报价符合 %1：%2 运行 &quot;gpudesk-cli launch %3 --provider auto --dry-run&quot; 查看原因。</translation>
    </message>
    <message>
        <source>Placing %1 (%2): %3</source>
        <translation>正在放置 %1（%2）：%3</translation>
    </message>
    <message>
        <source>Job %1 was not placed: %2</source>
        <translation>任务 %1 未能放置：%2</translation>
    </message>
    <message>
        <source>sandbox needs a command: gpudesk-cli sandbox preempt JOB</source>
        <translation>sandbox 需要子命令：gpudesk-cli sandbox preempt JOB</translation>
    </message>
    <message>
        <source>Job %1 has no Sandbox pod to preempt (it runs at &quot;%2&quot;).</source>
        <translation>任务 %1 没有可抢占的沙盒 pod（它运行在 &quot;%2&quot;）。</translation>
    </message>
    <message>
        <source>The Sandbox is not set up.</source>
        <translation>沙盒未设置。</translation>
    </message>
    <message>
        <source>The Sandbox did not answer in time.</source>
        <translation>沙盒未及时响应。</translation>
    </message>
    <message>
        <source>Pod %1 of job %2 was preempted; the job notices at its next status check.</source>
        <translation>任务 %2 的 pod %1 已被抢占；任务会在下一次状态检查时发现。</translation>
    </message>
    <message>
        <source>  cp [-r] [-i KEY] [--known-hosts FILE] [--accept-new] LOCAL JOB:PATH|ssh://user@host:port/PATH
  cp [-r] [-i KEY] [--known-hosts FILE] [--accept-new] JOB:PATH|ssh://user@host:port/PATH LOCAL
      Copies a file (a folder with -r) over SFTP, with a progress bar on a terminal. A relative
      JOB:PATH is in the remote home folder; in an ssh:// address, /~/PATH is too. Into an existing
      folder the copy keeps its name; modes are kept; an unfinished file never takes the final name.
</source>
        <translation>  cp [-r] [-i KEY] [--known-hosts FILE] [--accept-new] LOCAL JOB:PATH|ssh://user@host:port/PATH
  cp [-r] [-i KEY] [--known-hosts FILE] [--accept-new] JOB:PATH|ssh://user@host:port/PATH LOCAL
      通过 SFTP 复制文件（加 -r 复制文件夹），在终端上显示进度条。相对的 JOB:PATH
      位于远程主目录中；ssh:// 地址中的 /~/PATH 也是如此。复制到已有文件夹时保留原名；
      保留文件权限；未传完的文件不会使用最终文件名。
</translation>
    </message>
    <message>
        <source>cp: give a SOURCE and a TARGET, one of them JOB:PATH or ssh://user@host:port/PATH</source>
        <translation>cp：请给出 SOURCE 和 TARGET，其中一个是 JOB:PATH 或 ssh://user@host:port/PATH</translation>
    </message>
    <message>
        <source>cp: copy between this computer and one remote machine, not between two</source>
        <translation>cp：只能在本机与一台远程机器之间复制，不能在两台远程机器之间复制</translation>
    </message>
    <message>
        <source>cp: one of SOURCE and TARGET must be JOB:PATH or ssh://user@host:port/PATH (write ./%1 for a local name with a colon)</source>
        <translation>cp：SOURCE 和 TARGET 之一必须是 JOB:PATH 或 ssh://user@host:port/PATH（本地文件名含冒号时请写成 ./%1）</translation>
    </message>
    <message>
        <source>The transfer did not finish.</source>
        <translation>传输未完成。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n file(s), %1, to %2.</source>
        <translation>
            <numerusform>已复制 %n 个文件（%1）到 %2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>&quot;%1&quot; takes no command after --</source>
        <translation>&quot;%1&quot; 不接受 -- 之后的命令</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; for &quot;%2&quot;</source>
        <translation>命令 &quot;%2&quot; 收到意外的参数 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown option %1 for &quot;%2&quot;</source>
        <translation>命令 &quot;%2&quot; 不支持选项 %1</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>选项 %1 需要一个值</translation>
    </message>
    <message>
        <source>option %1 takes no value</source>
        <translation>选项 %1 不接受值</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Go to a view, job or offer, or run an action…</source>
        <translation>转到视图、任务或报价，或执行操作…</translation>
    </message>
    <message>
        <source>↑↓ choose · Enter go · Esc close</source>
        <translation>↑↓ 选择 · Enter 前往 · Esc 关闭</translation>
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
    <name>DstackImporter</name>
    <message>
        <source>expected task, dev-environment or service: a dstack %1 configuration describes no job</source>
        <translation>应为 task、dev-environment 或 service：dstack 配置（%1）并不描述任务</translation>
    </message>
    <message>
        <source>untyped</source>
        <translation>未指定类型</translation>
    </message>
    <message>
        <source>the file has no type: read as a task</source>
        <translation>文件未指定 type：按 task 读取</translation>
    </message>
    <message>
        <source>dstack&apos;s base image with Python %1 is not imported: set an image, for example python:%1 or nvcr.io/nvidia/pytorch:24.05-py3</source>
        <translation>未导入 dstack 带 Python %1 的基础镜像：请指定镜像，例如 python:%1 或 nvcr.io/nvidia/pytorch:24.05-py3</translation>
    </message>
    <message>
        <source>not imported: connect your IDE over SSH (for example VS Code Remote-SSH with the host from gpudesk-cli ssh-config)</source>
        <translation>未导入：请通过 SSH 连接 IDE（例如使用 VS Code Remote-SSH，主机取自 gpudesk-cli ssh-config）</translation>
    </message>
    <message>
        <source>not imported: GPU Desk does not upload local files or repos; fetch the code in setup (for example git clone) or build it into the image</source>
        <translation>未导入：GPU Desk 不会上传本地文件或仓库；请在 setup 中获取代码（例如 git clone），或将其构建进镜像</translation>
    </message>
    <message>
        <source>&quot;auto&quot; (spot or on-demand) imported as on-demand: choose a spot offer when you launch to pay less</source>
        <translation>&quot;auto&quot;（竞价或按需）已作为按需导入：启动时选择竞价报价可降低费用</translation>
    </message>
    <message>
        <source>expected spot, on-demand or auto, found &quot;%1&quot;</source>
        <translation>应为 spot、on-demand 或 auto，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not imported: GPU Desk does not resubmit failed or preempted jobs by itself</source>
        <translation>未导入：GPU Desk 不会自动重新提交失败或被抢占的任务</translation>
    </message>
    <message>
        <source>dstack may use any of these backends; GPU Desk imported the first, %1</source>
        <translation>dstack 可使用其中任一后端；GPU Desk 导入了第一个：%1</translation>
    </message>
    <message>
        <source>GPU Desk has no provider &quot;%1&quot;: choose a provider when you launch</source>
        <translation>GPU Desk 没有供应商 &quot;%1&quot;：请在启动时选择供应商</translation>
    </message>
    <message>
        <source>dstack may use any of these regions; GPU Desk imported the first, %1</source>
        <translation>dstack 可使用其中任一区域；GPU Desk 导入了第一个：%1</translation>
    </message>
    <message>
        <source>dstack may use any of these instance types; GPU Desk imported the first, %1</source>
        <translation>dstack 可使用其中任一实例类型；GPU Desk 导入了第一个：%1</translation>
    </message>
    <message>
        <source>registry credentials are not imported: job files are plain text; log in to the registry on the provider</source>
        <translation>未导入镜像仓库凭据：任务文件是明文；请在供应商处登录镜像仓库</translation>
    </message>
    <message>
        <source>not imported: GPU Desk runs one replica of a service</source>
        <translation>未导入：GPU Desk 对每个服务只运行一个副本</translation>
    </message>
    <message>
        <source>not imported: GPU Desk has no equivalent</source>
        <translation>未导入：GPU Desk 没有对应的功能</translation>
    </message>
    <message>
        <source>the configuration has no name: named &quot;%1&quot; after the file</source>
        <translation>配置没有名称：已按文件名命名为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no image: dstack would use its base image; set the image the job runs in (for example nvcr.io/nvidia/pytorch:24.05-py3)</source>
        <translation>未指定镜像：dstack 会使用其基础镜像；请设置任务运行所用的镜像（例如 nvcr.io/nvidia/pytorch:24.05-py3）</translation>
    </message>
    <message>
        <source>%1 renamed to GPU Desk&apos;s %2, which are set on every node</source>
        <translation>%1 已改为 GPU Desk 的 %2，它们会在每个节点上设置</translation>
    </message>
    <message>
        <source>the commands use %1, which GPU Desk does not set: edit them before launching</source>
        <translation>命令中使用了 %1，但 GPU Desk 不会设置它：请在启动前修改命令</translation>
    </message>
    <message>
        <source>%1 has no value in the file (dstack takes it from your shell): set it before you launch</source>
        <translation>%1 在文件中没有值（dstack 会从您的 shell 中读取）：请在启动前设置</translation>
    </message>
    <message>
        <source>%1 refers to a dstack secret or variable (%2): set its value before you launch</source>
        <translation>%1 引用了 dstack 的密钥或变量（%2）：请在启动前设置其值</translation>
    </message>
    <message>
        <source>port mapping not imported: write the container port as a number</source>
        <translation>未导入端口映射：请将容器端口写成数字</translation>
    </message>
    <message>
        <source>expected a port such as 8000 or 80:8000, found &quot;%1&quot;</source>
        <translation>应为端口（例如 8000 或 80:8000），实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>local port %1 not imported: GPU Desk forwards container port %2</source>
        <translation>未导入本地端口 %1：GPU Desk 转发的是容器端口 %2</translation>
    </message>
    <message>
        <source>disk range %1 imported as its lower end</source>
        <translation>磁盘范围 %1 已按下限导入</translation>
    </message>
    <message>
        <source>not imported: GPU Desk chooses machines by GPU; check the vCPUs and memory of the offer you pick</source>
        <translation>未导入：GPU Desk 按 GPU 选择机器；请检查所选报价的 vCPU 和内存</translation>
    </message>
    <message>
        <source>not imported: shared memory size is the provider&apos;s default</source>
        <translation>未导入：共享内存大小使用供应商的默认值</translation>
    </message>
    <message>
        <source>expected a GPU count such as 8 or 1..2, found &quot;%1&quot;</source>
        <translation>应为 GPU 数量（例如 8 或 1..2），实际为 &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>dstack accepts %1 GPUs; GPU Desk imported %n: change the count if you want more</source>
        <translation>
            <numerusform>dstack 接受 %1 块 GPU；GPU Desk 导入了 %n 块：如需更多请修改数量</numerusform>
        </translation>
    </message>
    <message>
        <source>dstack takes any GPU with %1 of memory: choose a GPU model</source>
        <translation>dstack 接受任何显存为 %1 的 GPU：请选择一个 GPU 型号</translation>
    </message>
    <message>
        <source>memory %1 not imported: the GPU model decides the memory</source>
        <translation>未导入显存 %1：显存由 GPU 型号决定</translation>
    </message>
    <message>
        <source>not imported: the GPU model decides the memory</source>
        <translation>未导入：显存由 GPU 型号决定</translation>
    </message>
    <message>
        <source>not imported: choose a GPU model instead</source>
        <translation>未导入：请改为选择 GPU 型号</translation>
    </message>
    <message>
        <source>dstack takes any GPU model here: choose one before you launch</source>
        <translation>dstack 在此接受任意 GPU 型号：请在启动前选择一个</translation>
    </message>
    <message>
        <source>dstack takes any of %1; GPU Desk imported %2: choose another offer when you launch if needed</source>
        <translation>dstack 接受 %1 中的任一种；GPU Desk 导入了 %2：如有需要，请在启动时选择其他报价</translation>
    </message>
    <message>
        <source>dstack uses whichever of these volumes is in the job&apos;s region; GPU Desk imported %1</source>
        <translation>dstack 会使用这些卷中位于任务所在区域的那个；GPU Desk 导入了 %1</translation>
    </message>
    <message>
        <source>not imported: GPU Desk mounts every volume it lists</source>
        <translation>未导入：GPU Desk 会挂载列出的所有卷</translation>
    </message>
    <message>
        <source>expected a volume with a name (or instance_path) and a path</source>
        <translation>应为带有 name（或 instance_path）和 path 的卷</translation>
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
    <name>IdlePolicyRepository</name>
    <message>
        <source>An idle policy needs a threshold from 0 to 100 % and a duration of more than 0 minutes.</source>
        <translation>空闲策略需要 0 到 100% 之间的阈值和大于 0 分钟的持续时间。</translation>
    </message>
    <message>
        <source>Could not store the idle policy.</source>
        <translation>无法保存空闲策略。</translation>
    </message>
    <message>
        <source>Could not remove the idle policy.</source>
        <translation>无法删除空闲策略。</translation>
    </message>
    <message>
        <source>Could not read the idle policies.</source>
        <translation>无法读取空闲策略。</translation>
    </message>
</context>
<context>
    <name>JobAttempt</name>
    <message>
        <source>launching</source>
        <translation>启动中</translation>
    </message>
    <message>
        <source>launched</source>
        <translation>已启动</translation>
    </message>
    <message>
        <source>no capacity</source>
        <translation>无容量</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>not created</source>
        <translation>未创建</translation>
    </message>
    <message>
        <source>preempted</source>
        <translation>已被抢占</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已结束</translation>
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
    <name>JobSpecValidator</name>
    <message>
        <source>Give the job a name, for example &quot;llama-finetune&quot;.</source>
        <translation>请为任务命名，例如“llama-finetune”。</translation>
    </message>
    <message>
        <source>The name is %1 characters long; shorten it to at most %2.</source>
        <translation>名称长度为 %1 个字符；请缩短到不超过 %2 个字符。</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>The name contains %1: use only letters, digits, &quot;-&quot;, &quot;_&quot; and &quot;.&quot;.</source>
        <translation>名称中包含%1：只能使用字母、数字、“-”、“_”和“.”。</translation>
    </message>
    <message>
        <source>The chosen offer is from &quot;%1&quot;, but the job names provider &quot;%2&quot;: pick an offer from &quot;%2&quot; or change the provider.</source>
        <translation>所选报价来自“%1”，但任务指定的供应商是“%2”：请选择“%2”的报价，或更改供应商。</translation>
    </message>
    <message>
        <source>The GPU count cannot be negative: use 0 for a CPU-only job.</source>
        <translation>GPU 数量不能为负数：纯 CPU 任务请填 0。</translation>
    </message>
    <message>
        <source>Ask for at least one %1 GPU, or clear the GPU model for a CPU-only job.</source>
        <translation>请至少申请一块 %1 GPU；如果是纯 CPU 任务，请清空 GPU 型号。</translation>
    </message>
    <message numerus="yes">
        <source>The chosen offer has %n GPU(s) per node; ask for at most that many or choose a bigger offer.</source>
        <translation>
            <numerusform>所选报价每个节点有 %n 块 GPU；请申请不超过该数量的 GPU，或选择更大的报价。</numerusform>
        </translation>
    </message>
    <message>
        <source>GPU Desk does not know the GPU model &quot;%1&quot;: choose one from the list of GPU models (for example &quot;H100 SXM&quot; or &quot;A100 80GB SXM&quot;).</source>
        <translation>GPU Desk 不认识 GPU 型号“%1”：请从 GPU 型号列表中选择一个（例如“H100 SXM”或“A100 80GB SXM”）。</translation>
    </message>
    <message>
        <source>GPU Desk does not know the GPU model &quot;%1&quot;: did you mean &quot;%2&quot;?</source>
        <translation>GPU Desk 不认识 GPU 型号“%1”：您是否是指“%2”？</translation>
    </message>
    <message>
        <source>A job runs on at least one node: set nodes to 1 or more.</source>
        <translation>任务至少要在一个节点上运行：请将节点数（nodes）设为 1 或更大。</translation>
    </message>
    <message>
        <source>GPU Desk launches at most %1 nodes per job; split the job or lower the node count.</source>
        <translation>GPU Desk 每个任务最多启动 %1 个节点；请拆分任务或减少节点数。</translation>
    </message>
    <message>
        <source>A multi-node job needs at least one GPU per node: set the GPU count, or run on one node.</source>
        <translation>多节点任务每个节点至少需要一块 GPU：请设置 GPU 数量，或改为单节点运行。</translation>
    </message>
    <message>
        <source>Enter a container image, for example nvcr.io/nvidia/pytorch:24.05-py3 (the Sandbox records the image but runs the command on this computer).</source>
        <translation>请输入容器镜像，例如 nvcr.io/nvidia/pytorch:24.05-py3（Sandbox 会记录镜像，但命令在本机上运行）。</translation>
    </message>
    <message>
        <source>A container image reference has no spaces: write it as registry/name:tag.</source>
        <translation>容器镜像引用中不能有空格：请写成 registry/name:tag 的形式。</translation>
    </message>
    <message>
        <source>Enter the command the job runs, or pick the Dev pod or Jupyter template for an interactive pod.</source>
        <translation>请输入任务要运行的命令；如需交互式 Pod，可选择“开发 Pod”或“Jupyter”模板。</translation>
    </message>
    <message>
        <source>Give this environment variable a name, or remove it.</source>
        <translation>请为该环境变量命名，或将其删除。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid environment variable name: start with a letter or &quot;_&quot; and use only letters, digits and &quot;_&quot;.</source>
        <translation>“%1”不是有效的环境变量名：必须以字母或“_”开头，且只能包含字母、数字和“_”。</translation>
    </message>
    <message>
        <source>%1 is set twice; remove one of the two.</source>
        <translation>%1 设置了两次；请删除其中一个。</translation>
    </message>
    <message>
        <source>Port %1 is out of range: use a number from 1 to 65535.</source>
        <translation>端口 %1 超出范围：请使用 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>Port %1 is listed twice; remove one of the two.</source>
        <translation>端口 %1 列出了两次；请删除其中一个。</translation>
    </message>
    <message>
        <source>Write the volume as source:/absolute/path (for example data:/data or /home/me/datasets:/datasets), optionally followed by :ro.</source>
        <translation>请将卷写成 source:/absolute/path 的形式（例如 data:/data 或 /home/me/datasets:/datasets），末尾可加 :ro。</translation>
    </message>
    <message>
        <source>The disk size cannot be negative: use 0 for the provider&apos;s default.</source>
        <translation>磁盘大小不能为负数：填 0 表示使用供应商的默认值。</translation>
    </message>
    <message>
        <source>The maximum runtime cannot be negative: leave it empty for no limit.</source>
        <translation>最长运行时间不能为负数：留空表示不限制。</translation>
    </message>
    <message>
        <source>The maximum cost must be more than $0: raise it, or leave it empty for no limit.</source>
        <translation>费用上限必须大于 $0：请调高，或留空表示不限制。</translation>
    </message>
    <message>
        <source>The offer costs %1 per hour, so a maximum cost of %2 stops the job within its first hour: raise it to at least %1.</source>
        <translation>该报价每小时 %1，费用上限 %2 会使任务在第一个小时内就被停止：请至少调高到 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) cost %1 per hour, so a maximum cost of %2 stops the job within its first hour: raise it to at least %1.</source>
        <translation>
            <numerusform>%n 个节点每小时 %1，费用上限 %2 会使任务在第一个小时内就被停止：请至少调高到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The maximum price per hour must be more than $0: raise it, or leave it empty for no limit.</source>
        <translation>每小时最高价格必须大于 $0：请调高，或留空表示不限制。</translation>
    </message>
    <message>
        <source>The chosen offer costs %1 per hour, above your maximum of %2: choose a cheaper offer or raise the maximum.</source>
        <translation>所选报价每小时 %1，超过了您设定的上限 %2：请选择更便宜的报价，或调高上限。</translation>
    </message>
    <message>
        <source>The idle stop time cannot be negative: use 0 to keep the job running when idle.</source>
        <translation>闲置停止时间不能为负数：填 0 表示闲置时也保持运行。</translation>
    </message>
    <message>
        <source>The chosen offer&apos;s GPUs are %1, not %2: pick another offer or change the GPU model.</source>
        <translation>所选报价的 GPU 是 %1，而不是 %2：请换一个报价或修改 GPU 型号。</translation>
    </message>
    <message>
        <source>GPU Desk does not know the GPU model &quot;%1&quot;: write a model such as &quot;H100&quot; or a memory floor such as &quot;80GB+&quot;.</source>
        <translation>GPU Desk 不认识 GPU 型号 &quot;%1&quot;：请写型号（如 &quot;H100&quot;）或显存下限（如 &quot;80GB+&quot;）。</translation>
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
    <name>JobTemplates</name>
    <message>
        <source>PyTorch distributed (torchrun)</source>
        <translation>PyTorch 分布式（torchrun）</translation>
    </message>
    <message>
        <source>Trains with torchrun on one or more nodes; MASTER_ADDR, MASTER_PORT, NNODES, NODE_RANK and NGPUS are set on every node.</source>
        <translation>使用 torchrun 在一个或多个节点上训练；每个节点上都会设置 MASTER_ADDR、MASTER_PORT、NNODES、NODE_RANK 和 NGPUS。</translation>
    </message>
    <message>
        <source>MPI</source>
        <translation>MPI</translation>
    </message>
    <message>
        <source>Runs mpirun from the first node over every GPU of every node; HOSTFILE lists the nodes.</source>
        <translation>在第一个节点上运行 mpirun，覆盖所有节点的全部 GPU；HOSTFILE 中列出了各节点。</translation>
    </message>
    <message>
        <source>Jupyter</source>
        <translation>Jupyter</translation>
    </message>
    <message>
        <source>JupyterLab on port 8888, protected by a random token (JUPYTER_TOKEN).</source>
        <translation>在 8888 端口运行 JupyterLab，由随机令牌（JUPYTER_TOKEN）保护。</translation>
    </message>
    <message>
        <source>vLLM inference server</source>
        <translation>vLLM 推理服务</translation>
    </message>
    <message>
        <source>Serves the model named in MODEL with vLLM&apos;s OpenAI-compatible API on port 8000.</source>
        <translation>使用 vLLM 在 8000 端口以兼容 OpenAI 的 API 提供 MODEL 中指定的模型。</translation>
    </message>
    <message>
        <source>Dev pod</source>
        <translation>开发 Pod</translation>
    </message>
    <message>
        <source>A pod that stays up (sleep infinity) so you can work in it over SSH.</source>
        <translation>一个常驻运行（sleep infinity）的 Pod，方便通过 SSH 在其中工作。</translation>
    </message>
</context>
<context>
    <name>JobYaml</name>
    <message>
        <source>expected MODEL:COUNT such as &quot;H100 SXM:8&quot;, or {model: …, count: …}, found &quot;%1&quot;</source>
        <translation>应为 MODEL:COUNT（例如 &quot;H100 SXM:8&quot;）或 {model: …, count: …}，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 has no value (write NAME=value); it is set to an empty value</source>
        <translation>%1 没有值（请写成 NAME=value）；已将其设为空值</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GPU Desk template (%2); kept as written</source>
        <translation>&quot;%1&quot; 不是 GPU Desk 模板（%2）；已按原样保留</translation>
    </message>
    <message>
        <source>ignored: the file also has &quot;command&quot;, which is used</source>
        <translation>已忽略：文件中同时有 &quot;command&quot;，将使用它</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1 to keep its comments: %2</source>
        <translation>无法读取 %1 以保留其中的注释：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Unknown import format</source>
        <translation>未知的导入格式</translation>
    </message>
    <message>
        <source>expected a GPU model such as &quot;H100&quot;, or a memory floor such as &quot;80GB+&quot;, found &quot;%1&quot;</source>
        <translation>应为 GPU 型号（如 &quot;H100&quot;）或显存下限（如 &quot;80GB+&quot;），实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a provider GPU Desk knows (%1), found &quot;%2&quot;</source>
        <translation>应为 GPU Desk 已知的供应商（%1），实际为 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>expected price, nearest, newest or listed, found &quot;%1&quot;</source>
        <translation>应为 price、nearest、newest 或 listed，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a number of attempts from 1 to 100, found %1</source>
        <translation>应为 1 到 100 之间的尝试次数，实际为 %1</translation>
    </message>
    <message>
        <source>expected a duration such as &quot;15m&quot; or &quot;1h&quot;, found %1</source>
        <translation>应为时长（如 &quot;15m&quot; 或 &quot;1h&quot;），实际为 %1</translation>
    </message>
    <message>
        <source>expected a number of restarts from 0 to 100, found %1</source>
        <translation>应为 0 到 100 之间的重启次数，实际为 %1</translation>
    </message>
    <message>
        <source>used only with &quot;provider: auto&quot;; ignored for provider &quot;%1&quot;</source>
        <translation>仅用于 &quot;provider: auto&quot;；对供应商 &quot;%1&quot; 忽略</translation>
    </message>
</context>
<context>
    <name>KnownHosts</name>
    <message>
        <source>Cannot read GPU Desk&apos;s known hosts file %1. Check its permissions.</source>
        <translation>无法读取 GPU Desk 的 known hosts 文件 %1。请检查其权限。</translation>
    </message>
    <message>
        <source>Cannot save the host key to %1. Check that the folder is writable.</source>
        <translation>无法将主机密钥保存到 %1。请检查该目录是否可写。</translation>
    </message>
    <message>
        <source>Cannot update GPU Desk&apos;s known hosts file %1. Check that the folder is writable.</source>
        <translation>无法更新 GPU Desk 的 known hosts 文件 %1。请检查该目录是否可写。</translation>
    </message>
</context>
<context>
    <name>LedgerRepository</name>
    <message>
        <source>Could not record the usage of job %1.</source>
        <translation>无法记录任务 %1 的用量。</translation>
    </message>
    <message>
        <source>Could not record the usage of running jobs.</source>
        <translation>无法记录运行中任务的用量。</translation>
    </message>
    <message>
        <source>Could not read the cost ledger.</source>
        <translation>无法读取费用账本。</translation>
    </message>
</context>
<context>
    <name>MetricStore</name>
    <message>
        <source>Could not read or write GPU utilization. Check the disk and the database file.</source>
        <translation>无法读写 GPU 利用率数据。请检查磁盘和数据库文件。</translation>
    </message>
</context>
<context>
    <name>NvidiaSmiParser</name>
    <message>
        <source>nvidia-smi gave no GPU readings on this machine. Check that the NVIDIA driver is loaded and nvidia-smi is installed.</source>
        <translation>nvidia-smi 在这台机器上没有返回任何 GPU 读数。请检查 NVIDIA 驱动是否已加载，以及 nvidia-smi 是否已安装。</translation>
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
    <name>PlacementConstraints</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <source>a GPU with %1 GB or more</source>
        <translation>显存不少于 %1 GB 的 GPU</translation>
    </message>
    <message>
        <source>%1 with %2 GB or more</source>
        <translation>显存不少于 %2 GB 的 %1</translation>
    </message>
    <message>
        <source>a GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation>最便宜</translation>
    </message>
    <message>
        <source>Cheapest, nearest region first on ties</source>
        <translation>最便宜；价格相同时优先最近的区域</translation>
    </message>
    <message>
        <source>Cheapest, newest GPU first on ties</source>
        <translation>最便宜；价格相同时优先最新的 GPU</translation>
    </message>
    <message>
        <source>GPU models in the order listed, then cheapest</source>
        <translation>按所列 GPU 型号顺序，再按价格</translation>
    </message>
</context>
<context>
    <name>PodProcesses</name>
    <message>
        <source>The Sandbox could not start the pod&apos;s process (no pipe).</source>
        <translation>Sandbox 无法启动 Pod 的进程（无法创建管道）。</translation>
    </message>
    <message>
        <source>The Sandbox could not start the pod&apos;s process: the system refused a new process. Close some programs and try again.</source>
        <translation>Sandbox 无法启动 Pod 的进程：系统拒绝创建新进程。请关闭一些程序后重试。</translation>
    </message>
    <message>
        <source>The Sandbox could not open the pod&apos;s log file %1. Check free disk space and the data folder&apos;s permissions.</source>
        <translation>Sandbox 无法打开 Pod 的日志文件 %1。请检查磁盘剩余空间以及数据目录的权限。</translation>
    </message>
    <message>
        <source>The Sandbox could not enter the pod&apos;s folder %1. Check the data folder&apos;s permissions.</source>
        <translation>Sandbox 无法进入 Pod 的目录 %1。请检查数据目录的权限。</translation>
    </message>
    <message>
        <source>The Sandbox could not run %1 for the pod. Check that bash is installed.</source>
        <translation>Sandbox 无法为 Pod 运行 %1。请检查是否已安装 bash。</translation>
    </message>
    <message>
        <source>The Sandbox could not prepare the pod&apos;s process (step %1).</source>
        <translation>Sandbox 无法准备 Pod 的进程（第 %1 步）。</translation>
    </message>
</context>
<context>
    <name>PodRecord</name>
    <message>
        <source>A Sandbox pod was saved by a newer version of GPU Desk. Update GPU Desk to manage it.</source>
        <translation>某个 Sandbox Pod 由更新版本的 GPU Desk 保存。请升级 GPU Desk 后再管理它。</translation>
    </message>
    <message>
        <source>A Sandbox pod record has no id or an unknown state.</source>
        <translation>某条 Sandbox Pod 记录缺少 ID，或状态未知。</translation>
    </message>
    <message>
        <source>The Sandbox could not save the state of pod %1 to %2. Check free disk space and the data folder&apos;s permissions.</source>
        <translation>Sandbox 无法将 Pod %1 的状态保存到 %2。请检查磁盘剩余空间以及数据目录的权限。</translation>
    </message>
    <message>
        <source>The Sandbox could not read the pod state %1. Check the data folder&apos;s permissions.</source>
        <translation>Sandbox 无法读取 Pod 状态文件 %1。请检查数据目录的权限。</translation>
    </message>
    <message>
        <source>The pod state %1 is damaged; the Sandbox leaves it alone.</source>
        <translation>Pod 状态文件 %1 已损坏；Sandbox 不会改动它。</translation>
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
    <name>Report</name>
    <message>
        <source>simulated</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>GPU Desk cost report</source>
        <translation>GPU Desk 费用报告</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>GPU 小时</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>估算</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>已计费</translation>
    </message>
    <message>
        <source>Wasted</source>
        <translation>浪费</translation>
    </message>
    <message>
        <source>Total estimated</source>
        <translation>估算合计</translation>
    </message>
    <message>
        <source>Total simulated (Sandbox)</source>
        <translation>模拟合计（Sandbox）</translation>
    </message>
    <message>
        <source>Wasted (idle GPUs)</source>
        <translation>浪费（空闲 GPU）</translation>
    </message>
    <message>
        <source>%1 (%2 idle GPU-hours under %3 %)</source>
        <translation>%1（%2 空闲 GPU 小时，利用率低于 %3 %）</translation>
    </message>
    <message>
        <source>Without a known rate</source>
        <translation>无已知费率</translation>
    </message>
    <message numerus="yes">
        <source>%n interval(s), not in the totals</source>
        <translation>
            <numerusform>%n 个区间，未计入合计</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>time zone %1</source>
        <translation>时区 %1</translation>
    </message>
    <message>
        <source>Generated %1. Simulated (Sandbox) cost is never real spend and is not in the estimated total.</source>
        <translation>生成于 %1。模拟（Sandbox）费用不是真实支出，不计入估算合计。</translation>
    </message>
    <message>
        <source>Period: %1 (time zone %2), grouped by %3</source>
        <translation>期间：%1（时区 %2），按%3分组</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Could not write the report to %1: %2</source>
        <translation>无法将报告写入 %1：%2</translation>
    </message>
    <message>
        <source>Idle GPU-h</source>
        <translation>空闲 GPU 小时</translation>
    </message>
    <message>
        <source>Wasted (sim.)</source>
        <translation>浪费（模拟）</translation>
    </message>
</context>
<context>
    <name>SandboxDaemon</name>
    <message>
        <source>%1 needs a number of seconds</source>
        <translation>%1 需要一个秒数</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
</context>
<context>
    <name>SandboxSettings</name>
    <message>
        <source>Could not read the Sandbox settings.</source>
        <translation>无法读取沙盒设置。</translation>
    </message>
    <message>
        <source>Could not save the Sandbox settings.</source>
        <translation>无法保存沙盒设置。</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>Instance preempted</source>
        <translation>实例被抢占</translation>
    </message>
    <message>
        <source>GPU Desk cannot launch at %1 through its API.</source>
        <translation>GPU Desk 无法通过 API 在 %1 启动实例。</translation>
    </message>
    <message>
        <source>%1 is switched off in Settings → Providers.</source>
        <translation>%1 已在“设置 → 供应商”中关闭。</translation>
    </message>
    <message>
        <source>%1 has no API key (Settings → Providers).</source>
        <translation>%1 没有 API 密钥（设置 → 供应商）。</translation>
    </message>
</context>
<context>
    <name>SftpTransfer</name>
    <message>
        <source>No such file or folder on %1: %2</source>
        <translation>%1 上没有这个文件或文件夹：%2</translation>
    </message>
    <message>
        <source>Permission denied on %1: %2</source>
        <translation>%1 上权限不足：%2</translation>
    </message>
    <message>
        <source>%2 already exists on %1.</source>
        <translation>%1 上已存在 %2。</translation>
    </message>
    <message>
        <source>The connection to %1 dropped during the transfer of %2.</source>
        <translation>传输 %2 时与 %1 的连接断开了。</translation>
    </message>
    <message>
        <source>%1 does not support this file operation on %2.</source>
        <translation>%1 不支持对 %2 执行此文件操作。</translation>
    </message>
    <message>
        <source>%1 reported a failure on %2 (when writing, its disk may be full).</source>
        <translation>%1 在处理 %2 时报告失败（如果是写入，可能是磁盘已满）。</translation>
    </message>
    <message>
        <source>The partial file %1 may remain on %2: delete it or upload again.</source>
        <translation>%2 上可能留有不完整的文件 %1：请删除它或重新上传。</translation>
    </message>
    <message>
        <source>The transfer did not finish: %1</source>
        <translation>传输未完成：%1</translation>
    </message>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>传输已取消。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 on this computer.</source>
        <translation>无法在本机创建文件夹 %1。</translation>
    </message>
    <message>
        <source>No such file or folder on this computer: %1</source>
        <translation>本机上没有这个文件或文件夹：%1</translation>
    </message>
    <message>
        <source>%1 is a folder: copy it with -r (or choose Upload Folder).</source>
        <translation>%1 是文件夹：请用 -r 复制（或选择“上传文件夹”）。</translation>
    </message>
    <message>
        <source>Cannot read %1 on this computer: %2</source>
        <translation>无法读取本机上的 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1 on this computer: %2</source>
        <translation>无法写入本机上的 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1 on this computer (is the disk full?): %2</source>
        <translation>无法写入本机上的 %1（磁盘是否已满？）：%2</translation>
    </message>
    <message>
        <source>Cannot write %1 on this computer.</source>
        <translation>无法写入本机上的 %1。</translation>
    </message>
    <message>
        <source>%1 on %2 is a folder: copy it with -r.</source>
        <translation>%2 上的 %1 是文件夹：请用 -r 复制。</translation>
    </message>
</context>
<context>
    <name>SimulatedNvidiaSmi</name>
    <message>
        <source>GPU Desk Sandbox simulation: the GPUs of this pod are simulated; their utilization follows the pod&apos;s CPU use.</source>
        <translation>GPU Desk Sandbox 模拟：此 Pod 的 GPU 是模拟的；其利用率随 Pod 的 CPU 使用率变化。</translation>
    </message>
    <message>
        <source>(GPU Desk Sandbox: this nvidia-smi is a simulation and only answers inside a Sandbox pod.)</source>
        <translation>（GPU Desk Sandbox：此 nvidia-smi 为模拟程序，仅在 Sandbox Pod 内可用。）</translation>
    </message>
    <message>
        <source>Supports: nvidia-smi, -L, -i ID, -l SEC, --query-gpu=FIELDS --format=csv[,noheader][,nounits].</source>
        <translation>支持：nvidia-smi, -L, -i ID, -l SEC, --query-gpu=FIELDS --format=csv[,noheader][,nounits]。</translation>
    </message>
</context>
<context>
    <name>SkyPilotImporter</name>
    <message>
        <source>not imported: GPU Desk does not upload a local working directory; fetch the code in setup (for example git clone) or build it into the image</source>
        <translation>未导入：GPU Desk 不会上传本地工作目录；请在 setup 中获取代码（例如 git clone），或将其构建进镜像</translation>
    </message>
    <message>
        <source>secret not imported: job files are plain text; set %1 as an environment variable when you launch</source>
        <translation>未导入密钥：任务文件是明文；请在启动时将 %1 设为环境变量</translation>
    </message>
    <message>
        <source>file mount not imported: GPU Desk does not sync files or buckets; copy them in setup, or add a volume</source>
        <translation>未导入文件挂载：GPU Desk 不同步文件或存储桶；请在 setup 中复制，或添加卷</translation>
    </message>
    <message>
        <source>not imported: GPU Desk does not sync files or buckets</source>
        <translation>未导入：GPU Desk 不同步文件或存储桶</translation>
    </message>
    <message>
        <source>SkyPilot volumes are not imported: add the volumes you need to the job</source>
        <translation>未导入 SkyPilot 卷：请为任务添加所需的卷</translation>
    </message>
    <message>
        <source>SkyPilot&apos;s advanced config is not imported</source>
        <translation>未导入 SkyPilot 的高级配置</translation>
    </message>
    <message>
        <source>the SkyServe service section (replicas, readiness probe) is not imported: GPU Desk runs one replica of the task</source>
        <translation>未导入 SkyServe 的 service 部分（副本、就绪探针）：GPU Desk 只运行该任务的一个副本</translation>
    </message>
    <message>
        <source>not imported: GPU Desk does not run event callbacks</source>
        <translation>未导入：GPU Desk 不运行事件回调</translation>
    </message>
    <message>
        <source>the task has no name: named &quot;%1&quot; after the file</source>
        <translation>任务没有名称：已按文件名命名为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no container image (image_id: docker:…): SkyPilot ran the task on the cloud&apos;s VM image, GPU Desk runs it in a container; set the image (for example nvcr.io/nvidia/pytorch:24.05-py3)</source>
        <translation>未指定容器镜像（image_id: docker:…）：SkyPilot 在云平台的虚拟机镜像上运行任务，而 GPU Desk 在容器中运行；请设置镜像（例如 nvcr.io/nvidia/pytorch:24.05-py3）</translation>
    </message>
    <message>
        <source>%1 renamed to GPU Desk&apos;s %2, which are set on every node</source>
        <translation>%1 已改为 GPU Desk 的 %2，它们会在每个节点上设置</translation>
    </message>
    <message>
        <source>the commands use %1, which GPU Desk does not set (MASTER_ADDR holds the first node&apos;s address): edit them before launching</source>
        <translation>命令中使用了 %1，但 GPU Desk 不会设置它（MASTER_ADDR 中是第一个节点的地址）：请在启动前修改命令</translation>
    </message>
    <message>
        <source>zones are not imported: GPU Desk picks by region</source>
        <translation>未导入可用区：GPU Desk 按区域选择</translation>
    </message>
    <message>
        <source>not imported: GPU Desk chooses machines by GPU; check the vCPUs and memory of the offer you pick</source>
        <translation>未导入：GPU Desk 按 GPU 选择机器；请检查所选报价的 vCPU 和内存</translation>
    </message>
    <message>
        <source>not imported: TPU settings have no GPU Desk equivalent</source>
        <translation>未导入：GPU Desk 没有与 TPU 设置对应的功能</translation>
    </message>
    <message>
        <source>not imported: GPU Desk uses the provider&apos;s default tier</source>
        <translation>未导入：GPU Desk 使用供应商的默认层级</translation>
    </message>
    <message>
        <source>labels are not imported: use the job&apos;s project to group costs</source>
        <translation>未导入标签：请用任务的项目对费用进行分组</translation>
    </message>
    <message>
        <source>not imported: GPU Desk does not restart preempted jobs by itself</source>
        <translation>未导入：GPU Desk 不会自动重启被抢占的任务</translation>
    </message>
    <message numerus="yes">
        <source>SkyPilot picks the cheapest of %n candidate(s); GPU Desk imported the first: choose the offer when you launch</source>
        <translation>
            <numerusform>SkyPilot 会从 %n 个候选中选择最便宜的；GPU Desk 导入了第一个：请在启动时选择报价</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SkyPilot tries %n candidate(s) in order; GPU Desk imported the first: choose the offer when you launch</source>
        <translation>
            <numerusform>SkyPilot 会依次尝试 %n 个候选；GPU Desk 导入了第一个：请在启动时选择报价</numerusform>
        </translation>
    </message>
    <message>
        <source>expected NAME:COUNT such as &quot;H100:8&quot;, found &quot;%1&quot;</source>
        <translation>应为 NAME:COUNT（例如 &quot;H100:8&quot;），实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a fraction of a GPU (%1) cannot be rented: imported as one GPU</source>
        <translation>无法租用不足一块的 GPU（%1）：已按一块 GPU 导入</translation>
    </message>
    <message numerus="yes">
        <source>SkyPilot tries these %n accelerators in order; GPU Desk imported the first, %1: choose another offer when you launch if needed</source>
        <translation>
            <numerusform>SkyPilot 会依次尝试这 %n 种加速器；GPU Desk 导入了第一种 %1：如有需要，请在启动时选择其他报价</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SkyPilot picks the cheapest of these %n accelerators; GPU Desk imported %1: choose another offer when you launch if needed</source>
        <translation>
            <numerusform>SkyPilot 会从这 %n 种加速器中选择最便宜的；GPU Desk 导入了 %1：如有需要，请在启动时选择其他报价</numerusform>
        </translation>
    </message>
    <message>
        <source>Kubernetes is not a GPU Desk provider: choose a provider when you launch</source>
        <translation>Kubernetes 不是 GPU Desk 的供应商：请在启动时选择供应商</translation>
    </message>
    <message>
        <source>GPU Desk has no provider &quot;%1&quot;: choose a provider when you launch</source>
        <translation>GPU Desk 没有供应商 &quot;%1&quot;：请在启动时选择供应商</translation>
    </message>
    <message>
        <source>zone %1 is not imported: GPU Desk picks by region</source>
        <translation>未导入可用区 %1：GPU Desk 按区域选择</translation>
    </message>
    <message>
        <source>per-region VM images are not imported: set a container image</source>
        <translation>未导入按区域指定的虚拟机镜像：请设置容器镜像</translation>
    </message>
    <message>
        <source>%1 is a VM image, not a container image: not imported; set the container image the job runs in</source>
        <translation>%1 是虚拟机镜像而非容器镜像：未导入；请设置任务运行所用的容器镜像</translation>
    </message>
    <message>
        <source>port range %1 not imported: list the ports the job needs one by one</source>
        <translation>未导入端口范围 %1：请逐个列出任务所需的端口</translation>
    </message>
    <message>
        <source>expected a port number or a range such as 10052-10100, found &quot;%1&quot;</source>
        <translation>应为端口号或端口范围（例如 10052-10100），实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>autodown not imported: GPU Desk stops an idle job, it does not terminate it</source>
        <translation>未导入 autodown：GPU Desk 会停止闲置任务，而不会终止它</translation>
    </message>
    <message>
        <source>not imported: GPU Desk counts a job as idle when its GPUs are idle</source>
        <translation>未导入：GPU Desk 以 GPU 是否闲置来判断任务是否闲置</translation>
    </message>
    <message>
        <source>%1 has no value in the file (SkyPilot asks for it at launch): set it before you launch</source>
        <translation>%1 在文件中没有值（SkyPilot 会在启动时询问）：请在启动前设置</translation>
    </message>
</context>
<context>
    <name>SshKeys</name>
    <message>
        <source>The Sandbox needs OpenSSH&apos;s ssh-keygen to make SSH keys, and it is not installed. Install the openssh-client package.</source>
        <translation>Sandbox 需要 OpenSSH 的 ssh-keygen 来生成 SSH 密钥，但系统中未安装。请安装 openssh-client 软件包。</translation>
    </message>
    <message>
        <source>ssh-keygen could not make an SSH key for the Sandbox. Check that the key folder is writable.</source>
        <translation>ssh-keygen 无法为 Sandbox 生成 SSH 密钥。请检查密钥目录是否可写。</translation>
    </message>
    <message>
        <source>Cannot create the key folder %1. Check its permissions.</source>
        <translation>无法创建密钥目录 %1。请检查其权限。</translation>
    </message>
    <message>
        <source>Cannot write the public key %1. Check the folder&apos;s permissions.</source>
        <translation>无法写入公钥 %1。请检查该目录的权限。</translation>
    </message>
    <message>
        <source>Cannot make the private key %1 readable by you alone. Check its owner and permissions.</source>
        <translation>无法将私钥 %1 设为仅您本人可读。请检查其所有者和权限。</translation>
    </message>
    <message>
        <source>Cannot read the SSH public key %1. Check the path, or leave it empty to use GPU Desk&apos;s own key.</source>
        <translation>无法读取 SSH 公钥 %1。请检查路径，或留空以使用 GPU Desk 自带的密钥。</translation>
    </message>
    <message>
        <source>%1 is not an OpenSSH public key (expected a line like &quot;ssh-ed25519 AAAA… comment&quot;). Choose the .pub file of your key.</source>
        <translation>%1 不是 OpenSSH 公钥（应为类似 &quot;ssh-ed25519 AAAA… comment&quot; 的一行）。请选择您密钥对应的 .pub 文件。</translation>
    </message>
</context>
<context>
    <name>SshOptions</name>
    <message>
        <source>&quot;%1&quot; is not an ssh://user@host:port address</source>
        <translation>“%1”不是 ssh://user@host:port 形式的地址</translation>
    </message>
</context>
<context>
    <name>YamlNodeReader</name>
    <message>
        <source>expected another &quot;key: value&quot; line at the indentation of the map above, or its end (check the indentation, and that quotes are closed)</source>
        <translation>应为与上方映射缩进相同的另一行 &quot;key: value&quot;，或在此结束该映射（请检查缩进，以及引号是否闭合）</translation>
    </message>
    <message>
        <source>expected another &quot;- item&quot; line at the indentation of the list above, or its end (check the indentation)</source>
        <translation>应为与上方列表缩进相同的另一行 &quot;- item&quot;，或在此结束该列表（请检查缩进）</translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;}&quot; to continue or close the inline map</source>
        <translation>应为 &quot;,&quot; 或 &quot;}&quot;，以继续或结束行内映射</translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;]&quot; to continue or close the inline list</source>
        <translation>应为 &quot;,&quot; 或 &quot;]&quot;，以继续或结束行内列表</translation>
    </message>
    <message>
        <source>expected a value without &quot;: &quot; here (quote text that contains &quot;: &quot;, or fix the indentation of this line)</source>
        <translation>此处应为不含 &quot;: &quot; 的值（包含 &quot;: &quot; 的文本请加引号，或修正该行的缩进）</translation>
    </message>
    <message>
        <source>expected a &quot;key: value&quot; line here (check the indentation)</source>
        <translation>此处应为 &quot;key: value&quot; 行（请检查缩进）</translation>
    </message>
    <message>
        <source>expected &quot;key: value&quot;, not a &quot;- item&quot; list entry, at this indentation</source>
        <translation>在此缩进处应为 &quot;key: value&quot;，而不是 &quot;- item&quot; 列表项</translation>
    </message>
    <message>
        <source>expected spaces for indentation, found a tab</source>
        <translation>缩进应使用空格，实际为制表符</translation>
    </message>
    <message>
        <source>expected a closing quote before the end of the file</source>
        <translation>文件结束前应有结束引号</translation>
    </message>
    <message>
        <source>expected a closing quote before the &quot;---&quot; line</source>
        <translation>&quot;---&quot; 行之前应有结束引号</translation>
    </message>
    <message>
        <source>expected an opening &quot;[&quot; or &quot;{&quot; for this closing bracket</source>
        <translation>此右括号缺少对应的左括号 &quot;[&quot; 或 &quot;{&quot;</translation>
    </message>
    <message>
        <source>expected YAML here, found a character that cannot start a value (quote the value)</source>
        <translation>此处应为 YAML，实际为不能作为值开头的字符（请给该值加引号）</translation>
    </message>
    <message>
        <source>expected an anchor (&amp;name) defined above this alias</source>
        <translation>此别名之前应先定义对应的锚点（&amp;name）</translation>
    </message>
    <message>
        <source>expected a valid escape in the double-quoted text (write \\ for a backslash, or use single quotes)</source>
        <translation>双引号文本中应为有效的转义序列（反斜杠请写成 \\，或改用单引号）</translation>
    </message>
    <message>
        <source>expected valid YAML (%1)</source>
        <translation>应为有效的 YAML（%1）</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空值</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>映射</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>expected a value or a &quot;key: value&quot; line, found a &quot;,&quot; outside [ ] or { }</source>
        <translation>应为值或 &quot;key: value&quot; 行，实际为 [ ] 或 { } 之外的 &quot;,&quot;</translation>
    </message>
    <message>
        <source>expected one job, found thousands of documents</source>
        <translation>应为一个任务，实际有数千个文档</translation>
    </message>
    <message>
        <source>expected job settings as &quot;key: value&quot; lines, found an empty document</source>
        <translation>应为 &quot;key: value&quot; 形式的任务设置，实际为空文档</translation>
    </message>
    <message>
        <source>expected job settings as &quot;key: value&quot; lines at the top level, found %1</source>
        <translation>顶层应为 &quot;key: value&quot; 形式的任务设置，实际为 %1</translation>
    </message>
    <message numerus="yes">
        <source>the file holds %n more document(s) after the first; only the first is read</source>
        <translation>
            <numerusform>文件在第一个文档之后还有 %n 个文档；只读取第一个</numerusform>
        </translation>
    </message>
    <message>
        <source>expected a plain key before &quot;:&quot;, found %1</source>
        <translation>&quot;:&quot; 之前应为普通键，实际为 %1</translation>
    </message>
    <message>
        <source>written twice; the last one is used</source>
        <translation>写了两次；使用最后一个</translation>
    </message>
    <message>
        <source>expected a list, found %1</source>
        <translation>应为列表，实际为 %1</translation>
    </message>
    <message>
        <source>expected a map of &quot;key: value&quot; lines, found %1</source>
        <translation>应为由 &quot;key: value&quot; 行组成的映射，实际为 %1</translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation>应为文本，实际为 %1</translation>
    </message>
    <message>
        <source>expected a line of text, found %1</source>
        <translation>应为单行文本，实际为 %1</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>应为整数，实际为 %1</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>应为 true 或 false，实际为 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 seconds rounded up to %n minute(s)</source>
        <translation>
            <numerusform>%1 秒已向上取整为 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>expected a duration such as 90m, 2h or 1h30m, found %1</source>
        <translation>应为时长（例如 90m、2h 或 1h30m），实际为 %1</translation>
    </message>
    <message>
        <source>expected an amount in US dollars such as 25 or $25.50, found %1</source>
        <translation>应为美元金额（例如 25 或 $25.50），实际为 %1</translation>
    </message>
    <message>
        <source>expected a size in GB such as 500 or 500GB, found %1</source>
        <translation>应为以 GB 为单位的大小（例如 500 或 500GB），实际为 %1</translation>
    </message>
    <message>
        <source>unknown key, ignored</source>
        <translation>未知的键，已忽略</translation>
    </message>
    <message>
        <source>unknown key, ignored: did you mean &quot;%1&quot;?</source>
        <translation>未知的键，已忽略：是否是指 &quot;%1&quot;？</translation>
    </message>
</context>
<context>
    <name>gpudesk::BudgetMonitor</name>
    <message>
        <source>Budget at %1 %</source>
        <translation>预算已达 %1%</translation>
    </message>
    <message>
        <source>%1 of the %2 monthly budget for %3 is spent (%4 %). At the current rate the month ends at %5.</source>
        <translation>%3 的每月预算 %2 已支出 %1（%4%）。按当前速率，月末将达 %5。</translation>
    </message>
    <message>
        <source>Budget for %1 reached 100 % (%2 of %3): stopping its jobs (budget auto-stop).</source>
        <translation>%1 的预算已达 100%（%3 中的 %2）：正在停止其任务（budget auto-stop）。</translation>
    </message>
    <message>
        <source>Budget reached: jobs stopped</source>
        <translation>预算已用尽：任务已停止</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) stopped: %1</source>
        <translation>
            <numerusform>已停止 %n 个任务：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gpudesk::BudgetsTab</name>
    <message>
        <source>Stop its running jobs when it is spent</source>
        <translation>预算用完时停止其运行中的任务</translation>
    </message>
    <message>
        <source>Set budget</source>
        <translation>设置预算</translation>
    </message>
    <message>
        <source>Remove budget</source>
        <translation>删除预算</translation>
    </message>
    <message>
        <source>Warnings at 50 %, 80 % and 100 % of each monthly budget, in the Costs page and as desktop notifications. Sandbox jobs count their simulated cost. One budget per scope: setting it again changes its amount.</source>
        <translation>每个月度预算在达到 50 %、80 % 和 100 % 时，会在费用页和桌面通知中提醒。沙盒任务按模拟费用计入。每个范围只有一个预算：再次设置会修改其金额。</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>At 100 %</source>
        <translation>达到 100 % 时</translation>
    </message>
    <message>
        <source>Monthly amount:</source>
        <translation>每月金额：</translation>
    </message>
    <message>
        <source>every project</source>
        <translation>所有项目</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>项目：</translation>
    </message>
    <message>
        <source>every provider</source>
        <translation>所有供应商</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>供应商：</translation>
    </message>
    <message>
        <source>stop its jobs</source>
        <translation>停止其任务</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>%1 is not an amount.</source>
        <translation>%1 不是有效金额。</translation>
    </message>
    <message>
        <source>Budget for %1: %2 a month.</source>
        <translation>%1 的预算：每月 %2。</translation>
    </message>
    <message>
        <source>Budget for %1 removed.</source>
        <translation>已删除 %1 的预算。</translation>
    </message>
</context>
<context>
    <name>gpudesk::ChartWidget</name>
    <message>
        <source>Export as PNG or SVG…</source>
        <translation>导出为 PNG 或 SVG…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save this chart as PNG or SVG</source>
        <translation>将此图表保存为 PNG 或 SVG</translation>
    </message>
    <message>
        <source>Could not write the chart to %1: check that the folder exists and is writable.</source>
        <translation>无法将图表写入 %1：请检查文件夹是否存在且可写。</translation>
    </message>
    <message>
        <source>GPU Desk chart</source>
        <translation>GPU Desk 图表</translation>
    </message>
    <message>
        <source>Exported from GPU Desk</source>
        <translation>由 GPU Desk 导出</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg)</translation>
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
    <name>gpudesk::CostsPage</name>
    <message>
        <source>%1 + %2 simulated</source>
        <translation>%1 + %2 模拟</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>导出报告…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Stack spend by:</source>
        <translation>花费堆叠方式：</translation>
    </message>
    <message>
        <source>Burn rate now</source>
        <translation>当前消耗速率</translation>
    </message>
    <message>
        <source>No spend in this period. Jobs appear here as they run; Sandbox jobs are shown hatched, as simulated spend.</source>
        <translation>此期间没有花费。作业运行时会显示在这里；沙盒作业以斜线填充显示，为模拟花费。</translation>
    </message>
    <message>
        <source>Wasted on idle GPUs</source>
        <translation>空闲 GPU 浪费</translation>
    </message>
    <message>
        <source>No idle GPU time measured in this period.</source>
        <translation>此期间未测得 GPU 空闲时间。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cost per job&lt;/b&gt;</source>
        <translation>&lt;b&gt;每个作业的费用&lt;/b&gt;</translation>
    </message>
    <message>
        <source>From the cost ledger as of %1; running jobs accrue up to now. Estimated from each provider&apos;s rates and billing rules. Hatched: Sandbox jobs, simulated, never charged.</source>
        <translation>来自截至 %1 的费用账本；运行中的作业计算到当前时刻。按各提供商的费率和计费规则估算。斜线填充：沙盒作业，模拟费用，从不收费。</translation>
    </message>
    <message>
        <source>%1/h</source>
        <translation>%1/小时</translation>
    </message>
    <message>
        <source>+ %1/h on the Sandbox (simulated)</source>
        <translation>+ 沙盒 %1/小时（模拟）</translation>
    </message>
    <message numerus="yes">
        <source>%n running job(s) without a known rate</source>
        <translation>
            <numerusform>%n 个运行中的作业没有已知费率</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is billing now.</source>
        <translation>当前没有计费。</translation>
    </message>
    <message>
        <source>Summed rate of running jobs.</source>
        <translation>运行中作业的费率之和。</translation>
    </message>
    <message>
        <source>Since midnight.</source>
        <translation>自午夜起。</translation>
    </message>
    <message>
        <source>+ %1 on the Sandbox (simulated)</source>
        <translation>+ 沙盒 %1（模拟）</translation>
    </message>
    <message>
        <source>Since the 1st.</source>
        <translation>自本月 1 日起。</translation>
    </message>
    <message>
        <source>%1 GPU-hours, %2 wasted on idle GPUs</source>
        <translation>%1 GPU 小时，空闲 GPU 浪费 %2</translation>
    </message>
    <message>
        <source>Spend per hour by %1</source>
        <translation>按%1的每小时花费</translation>
    </message>
    <message>
        <source>Spend per day by %1</source>
        <translation>按%1的每日花费</translation>
    </message>
    <message>
        <source>%1 (simulated)</source>
        <translation>%1（模拟）</translation>
    </message>
    <message>
        <source>Idle GPUs</source>
        <translation>空闲 GPU</translation>
    </message>
    <message>
        <source>Idle GPUs, Sandbox (simulated)</source>
        <translation>空闲 GPU，沙盒（模拟）</translation>
    </message>
    <message>
        <source>%1 % of the %2 budget; forecast %3</source>
        <translation>已用 %2 预算的 %1 %；预计 %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Budget spent&lt;/b&gt; for %1: %2 of %3 this month (%4 %). Its running jobs are stopped.</source>
        <translation>&lt;b&gt;预算已用完&lt;/b&gt;（%1）：本月已花费 %2，预算 %3（%4 %）。其运行中的作业已停止。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Budget spent&lt;/b&gt; for %1: %2 of %3 this month (%4 %). Jobs keep running until you stop them.</source>
        <translation>&lt;b&gt;预算已用完&lt;/b&gt;（%1）：本月已花费 %2，预算 %3（%4 %）。作业会继续运行，直到您停止它们。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 % of the budget&lt;/b&gt; for %2 spent: %3 of %4. At the current rate it runs out on %5.</source>
        <translation>&lt;b&gt;已用预算的 %1 %&lt;/b&gt;（%2）：已花费 %3，预算 %4。按当前速率将于 %5 用完。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 % of the budget&lt;/b&gt; for %2 spent: %3 of %4; forecast for the month: %5.</source>
        <translation>&lt;b&gt;已用预算的 %1 %&lt;/b&gt;（%2）：已花费 %3，预算 %4；本月预计：%5。</translation>
    </message>
    <message>
        <source>Budget, %1</source>
        <translation>预算，%1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2 this month; forecast for the month %3</source>
        <translation>本月 %1 / %2；本月预计 %3</translation>
    </message>
    <message>
        <source>%1 of %2 this month; forecast %3, runs out %4</source>
        <translation>本月 %1 / %2；预计 %3，将于 %4 用完</translation>
    </message>
    <message>
        <source>%1 · stops its jobs at 100 %</source>
        <translation>%1 · 达到 100 % 时停止其作业</translation>
    </message>
</context>
<context>
    <name>gpudesk::CostsTray</name>
    <message>
        <source>Show GPU Desk</source>
        <translation>显示 GPU Desk</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) billing, %1/h</source>
        <translation>
            <numerusform>%n 个作业正在计费，%1/小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Sandbox job(s) (simulated)</source>
        <translation>
            <numerusform>%n 个沙盒作业（模拟）</numerusform>
        </translation>
    </message>
    <message>
        <source>GPU Desk: nothing is billing</source>
        <translation>GPU Desk：当前没有计费</translation>
    </message>
    <message>
        <source>GPU Desk: %1</source>
        <translation>GPU Desk：%1</translation>
    </message>
</context>
<context>
    <name>gpudesk::CrusoeProvider</name>
    <message>
        <source>Crusoe</source>
        <translation>Crusoe</translation>
    </message>
    <message>
        <source>Crusoe sent a response GPU Desk could not read while trying to %1: %2.</source>
        <translation>尝试%1时，Crusoe 返回了 GPU Desk 无法解析的响应：%2。</translation>
    </message>
    <message>
        <source>Crusoe needs an access key id, its secret key and a project id. Add them in Settings → Providers → Crusoe, or set CRUSOE_ACCESS_KEY and CRUSOE_SECRET_KEY.</source>
        <translation>Crusoe 需要访问密钥 ID、对应的秘密密钥和项目 ID。请在 设置 → 供应商 → Crusoe 中添加，或设置 CRUSOE_ACCESS_KEY 和 CRUSOE_SECRET_KEY。</translation>
    </message>
    <message>
        <source>list instance types</source>
        <translation>列出实例类型</translation>
    </message>
    <message>
        <source>no &quot;items&quot; list</source>
        <translation>缺少 &quot;items&quot; 列表</translation>
    </message>
    <message>
        <source>Crusoe API instance type; price per GPU from the bundled snapshot (%1)</source>
        <translation>Crusoe API 实例类型；每 GPU 价格来自内置快照（%1）</translation>
    </message>
    <message>
        <source>Crusoe API instance type; no snapshot price for this GPU</source>
        <translation>Crusoe API 实例类型；快照中没有该 GPU 的价格</translation>
    </message>
    <message>
        <source>a VM is not a JSON object</source>
        <translation>某个虚拟机不是 JSON 对象</translation>
    </message>
    <message>
        <source>a VM has no id</source>
        <translation>某个虚拟机没有 ID</translation>
    </message>
    <message>
        <source>Crusoe needs the public half of the job&apos;s SSH key, but %1 cannot be read.</source>
        <translation>Crusoe 需要任务 SSH 密钥的公钥部分，但无法读取 %1。</translation>
    </message>
    <message>
        <source>Crusoe needs an instance type (e.g. h100-80gb-sxm-ib.8x): pick one of its offers.</source>
        <translation>Crusoe 需要指定实例类型（例如 h100-80gb-sxm-ib.8x）：请选择它的一个报价。</translation>
    </message>
    <message>
        <source>Crusoe needs a location for the VM (e.g. us-east1-a): set the job&apos;s region.</source>
        <translation>Crusoe 需要为虚拟机指定位置（例如 us-east1-a）：请设置任务的区域。</translation>
    </message>
    <message>
        <source>Crusoe gives each VM an SSH key at creation: set the job&apos;s SSH key.</source>
        <translation>Crusoe 在创建虚拟机时为其配置 SSH 密钥：请设置任务的 SSH 密钥。</translation>
    </message>
    <message>
        <source>create a VM</source>
        <translation>创建虚拟机</translation>
    </message>
    <message>
        <source>no &quot;operation&quot;</source>
        <translation>缺少 &quot;operation&quot;</translation>
    </message>
    <message>
        <source>Crusoe could not create the VM: %1</source>
        <translation>Crusoe 无法创建虚拟机：%1</translation>
    </message>
    <message>
        <source>find the new VM</source>
        <translation>查找新虚拟机</translation>
    </message>
    <message>
        <source>Crusoe accepted the VM but did not list it yet; GPU Desk will find it by its name (%1).</source>
        <translation>Crusoe 已接受该虚拟机，但尚未在列表中显示；GPU Desk 将按名称（%1）查找它。</translation>
    </message>
    <message>
        <source>list VMs</source>
        <translation>列出虚拟机</translation>
    </message>
    <message>
        <source>read a VM</source>
        <translation>读取虚拟机</translation>
    </message>
    <message>
        <source>stop a VM</source>
        <translation>停止虚拟机</translation>
    </message>
    <message>
        <source>start a VM</source>
        <translation>启动虚拟机</translation>
    </message>
    <message>
        <source>delete a VM</source>
        <translation>删除虚拟机</translation>
    </message>
    <message>
        <source>read a VM&apos;s address</source>
        <translation>读取虚拟机的地址</translation>
    </message>
    <message>
        <source>Crusoe reports no public address for the VM yet; try again when it is running.</source>
        <translation>Crusoe 尚未报告该虚拟机的公网地址；请在其运行后重试。</translation>
    </message>
    <message>
        <source>fetch logs</source>
        <translation>获取日志</translation>
    </message>
</context>
<context>
    <name>gpudesk::Dispatcher</name>
    <message>
        <source>No offer matches the job: %1 %2</source>
        <translation>没有报价符合该任务：%1 %2</translation>
    </message>
    <message>
        <source>Placing: %1</source>
        <translation>正在放置：%1</translation>
    </message>
    <message numerus="yes">
        <source>Every offer refused; trying again in %n second(s).</source>
        <translation>
            <numerusform>所有报价均被拒绝；%n 秒后重试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Stopped after %n attempt(s), the job&apos;s limit (placement.max_attempts).</source>
        <translation>
            <numerusform>%1 已在 %n 次尝试后停止，这是任务的上限（placement.max_attempts）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Stopped after waiting %n minute(s), the job&apos;s limit (placement.max_wait).</source>
        <translation>
            <numerusform>%1 已在等待 %n 分钟后停止，这是任务的上限（placement.max_wait）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Candidate #%1: %2</source>
        <translation>候选 #%1：%2</translation>
    </message>
    <message>
        <source>Launched %1 at %2 (%3).</source>
        <translation>已在 %2 启动 %1（%3）。</translation>
    </message>
    <message>
        <source>No answer from %1 (%2); looking for the instance by its launch token.</source>
        <translation>%1 无响应（%2）；正在按启动令牌查找实例。</translation>
    </message>
    <message>
        <source>Launch at %1 unanswered: checking whether it was made.</source>
        <translation>在 %1 的启动请求无响应：正在检查实例是否已创建。</translation>
    </message>
    <message>
        <source>%1 refused: %2 Trying the next offer.</source>
        <translation>%1 拒绝：%2 正在尝试下一个报价。</translation>
    </message>
    <message>
        <source>%1 refused the launch, and that is not a capacity problem, so GPU Desk stopped there: %2</source>
        <translation>%1 拒绝了启动，且并非容量问题，因此 GPU Desk 就此停止：%2</translation>
    </message>
    <message>
        <source>The launch at %1 went unanswered and %1 cannot be asked whether it made the instance (%2). GPU Desk does not launch anywhere else until it knows; the job stays unknown and is reconciled when %1 answers.</source>
        <translation>在 %1 的启动请求无响应，且无法向 %1 查询实例是否已创建（%2）。在确认之前 GPU Desk 不会在其他地方启动；任务保持“未知”状态，待 %1 响应后再核对。</translation>
    </message>
    <message>
        <source>The answer was lost, but %1 made instance %2 with this attempt&apos;s token: it is the job&apos;s.</source>
        <translation>响应丢失，但 %1 已用本次尝试的令牌创建了实例 %2：它属于该任务。</translation>
    </message>
    <message>
        <source>%1 has no instance with this attempt&apos;s token: nothing was made.</source>
        <translation>%1 没有带本次尝试令牌的实例：未创建任何实例。</translation>
    </message>
    <message>
        <source>The launch at %1 did not arrive. Trying the next offer.</source>
        <translation>在 %1 的启动请求未送达。正在尝试下一个报价。</translation>
    </message>
    <message>
        <source>Ended: %1.</source>
        <translation>已结束：%1。</translation>
    </message>
    <message>
        <source>Preempted by %1.</source>
        <translation>被 %1 抢占。</translation>
    </message>
    <message>
        <source>Job %1 was preempted at %2 (%3). It does not ask to be recovered (recover: true).</source>
        <translation>任务 %1 在 %2（%3）被抢占。该任务未要求恢复（recover: true）。</translation>
    </message>
    <message numerus="yes">
        <source>Job %1 was preempted again at %2 and has used its %n restart(s); it stays preempted.</source>
        <translation>
            <numerusform>任务 %1 在 %2 再次被抢占，且已用完 %n 次重启；保持被抢占状态。</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 was preempted at %2 (%3); relaunching it elsewhere (restart %4 of %5).</source>
        <translation>任务 %1 在 %2（%3）被抢占；正在其他地方重新启动（第 %4 次重启，共 %5 次）。</translation>
    </message>
    <message>
        <source>Job %1 was preempted and no other offer matches it now: %2</source>
        <translation>任务 %1 被抢占，且目前没有其他报价符合：%2</translation>
    </message>
    <message>
        <source>%1/h</source>
        <translation>%1/小时</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) at %1; %2 excluded.</source>
        <translation>
            <numerusform>%n 个候选，来自 %1；已排除 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n 个供应商</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s)</source>
        <translation>
            <numerusform>%n 个报价</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 under %2</source>
        <translation>低于 %2 的 %1</translation>
    </message>
    <message>
        <source>%1 is not one of the job&apos;s providers.</source>
        <translation>%1 不在该任务的供应商之列。</translation>
    </message>
    <message>
        <source>GPU Desk cannot launch at %1 through its API.</source>
        <translation>GPU Desk 无法通过 API 在 %1 启动实例。</translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s) per machine; the job asks for %1.</source>
        <translation>
            <numerusform>每台机器 %n 个 GPU；任务要求 %1 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>No list price (quote on request).</source>
        <translation>没有标价（需询价）。</translation>
    </message>
    <message>
        <source>Reserved capacity, not launchable on demand.</source>
        <translation>预留容量，无法按需启动。</translation>
    </message>
    <message>
        <source>Spot (may be preempted); the job does not allow spot (spot: true).</source>
        <translation>竞价实例（可能被抢占）；任务不允许竞价实例（spot: true）。</translation>
    </message>
    <message>
        <source>%1 per machine, above the job&apos;s maximum of %2.</source>
        <translation>每台机器 %1，高于任务的上限 %2。</translation>
    </message>
    <message>
        <source>The Sandbox runs single-node jobs only.</source>
        <translation>沙盒只运行单节点任务。</translation>
    </message>
    <message numerus="yes">
        <source>The offer names no region, and all %n nodes must be in one region.</source>
        <translation>
            <numerusform>该报价未注明区域，而全部 %n 个节点必须在同一区域。</numerusform>
        </translation>
    </message>
    <message>
        <source>No region stated; the job asks for %1.</source>
        <translation>未注明区域；任务要求 %1。</translation>
    </message>
    <message>
        <source>Region %1 is not one the job allows (%2).</source>
        <translation>区域 %1 不在任务允许的范围内（%2）。</translation>
    </message>
    <message>
        <source>An instance here was just preempted; avoided until %1.</source>
        <translation>此处的实例刚被抢占；在 %1 之前避开。</translation>
    </message>
    <message>
        <source>live, fetch time unknown</source>
        <translation>实时，获取时间未知</translation>
    </message>
    <message>
        <source>live, fetched just now</source>
        <translation>实时，刚刚获取</translation>
    </message>
    <message numerus="yes">
        <source>live, fetched %n minute(s) ago</source>
        <translation>
            <numerusform>实时，%n 分钟前获取</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>live, fetched %n hour(s) ago</source>
        <translation>
            <numerusform>实时，%n 小时前获取</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: stale, refresh prices to check</source>
        <translation>%1：已过时，请刷新价格核实</translation>
    </message>
    <message>
        <source>%1, not a live price</source>
        <translation>%1，非实时价格</translation>
    </message>
    <message>
        <source>%1 × %2 at %3</source>
        <translation>%3 的 %1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 for %n nodes</source>
        <translation>
            <numerusform>%n 个节点共 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>First choice: %1, your first listed GPU available, %2.</source>
        <translation>首选：%1，您所列的第一个可用 GPU，%2。</translation>
    </message>
    <message>
        <source>Cheapest match: %1, %2.</source>
        <translation>最便宜的匹配：%1，%2。</translation>
    </message>
    <message>
        <source>%1, %2: GPU choice %3 of your list, after every offer of the ones before.</source>
        <translation>%1，%2：您列表中的第 %3 个 GPU，排在前面型号的所有报价之后。</translation>
    </message>
    <message>
        <source>outside your region</source>
        <translation>不在您的区域</translation>
    </message>
    <message>
        <source>older GPU</source>
        <translation>较旧的 GPU</translation>
    </message>
    <message>
        <source>price not live</source>
        <translation>价格非实时</translation>
    </message>
    <message>
        <source>equal in every respect; ordered by provider and instance type</source>
        <translation>各方面均相同；按供应商和实例类型排序</translation>
    </message>
    <message>
        <source>%1, %2: same price as #%3, ranked after it: %4.</source>
        <translation>%1，%2：与 #%3 同价，排在其后：%4。</translation>
    </message>
    <message>
        <source>%1, %2: %3 more than #%4.</source>
        <translation>%1，%2：比 #%4 贵 %3。</translation>
    </message>
    <message>
        <source>Region %1%2.</source>
        <translation>区域 %1%2。</translation>
    </message>
    <message>
        <source> (near you)</source>
        <translation>（离您近）</translation>
    </message>
    <message>
        <source>Price: %1.</source>
        <translation>价格：%1。</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
    <message numerus="yes">
        <source>No %1 is available right now; %n offer(s) tried.</source>
        <translation>
            <numerusform>目前没有可用的 %1；已尝试 %n 个报价。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No %1 is available at %2 right now; %n offer(s) tried.</source>
        <translation>
            <numerusform>%2 目前没有可用的 %1；已尝试 %n 个报价。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 no longer knows instance %2: taken as preempted.</source>
        <translation>%1 已不再知道实例 %2：视为被抢占。</translation>
    </message>
    <message>
        <source>%1 rents listed machines: refresh its live offers to rank them (this is a snapshot row).</source>
        <translation>%1 出租的是挂牌的具体机器：请刷新其实时报价后再参与排序（这是快照行）。</translation>
    </message>
</context>
<context>
    <name>gpudesk::ExportDialog</name>
    <message>
        <source>Export cost report</source>
        <translation>导出费用报告</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>分组方式：</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV（电子表格）</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation>HTML（单个自包含文件）</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>开始日期晚于结束日期。</translation>
    </message>
    <message>
        <source>Choose a file to write the report to.</source>
        <translation>请选择要写入报告的文件。</translation>
    </message>
    <message>
        <source>Wrote %1: %2 over %3.</source>
        <translation>已写入 %1：%3 期间共 %2。</translation>
    </message>
</context>
<context>
    <name>gpudesk::FileTransferBar</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>(%n more waiting)</source>
        <translation>
            <numerusform>（还有 %n 个在等待）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Cancelled: %1. No partial file was left under its final name.</source>
        <translation>已取消：%1。没有不完整的文件留在最终文件名下。</translation>
    </message>
    <message>
        <source>Failed: %1. %2</source>
        <translation>失败：%1。%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n file(s), %2).</source>
        <translation>
            <numerusform>%1（%n 个文件，%2）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gpudesk::FirstRunWizard</name>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Start using GPU Desk</source>
        <translation>开始使用 GPU Desk(&amp;S)</translation>
    </message>
    <message>
        <source>Skip setup</source>
        <translation>跳过设置</translation>
    </message>
    <message>
        <source>Welcome to GPU Desk</source>
        <translation>欢迎使用 GPU Desk</translation>
    </message>
    <message>
        <source>A few choices, all of them optional and changeable later.</source>
        <translation>几项选择，全部可选，之后也可以更改。</translation>
    </message>
    <message>
        <source>&lt;p&gt;GPU Desk compares GPU offers across clouds, launches jobs through each provider&apos;s API, opens terminals to them and keeps count of what they cost.&lt;/p&gt;&lt;p&gt;Everything works without an account on the built-in &lt;b&gt;Sandbox&lt;/b&gt;: pods that run on this computer, reachable over real SSH, with simulated GPUs and simulated prices.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Language&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;GPU Desk 比较各家云的 GPU 报价，通过各供应商的 API 启动任务，打开连接到任务的终端，并统计它们的费用。&lt;/p&gt;&lt;p&gt;无需任何账号，所有功能都可以在内置的&lt;b&gt;沙盒&lt;/b&gt;上使用：沙盒 Pod 运行在这台电脑上，可通过真实的 SSH 访问，GPU 和价格均为模拟。&lt;/p&gt;&lt;p&gt;&lt;b&gt;语言&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The main window switches language the next time GPU Desk starts.</source>
        <translation>主窗口将在 GPU Desk 下次启动时切换语言。</translation>
    </message>
    <message>
        <source>Your GPU clouds</source>
        <translation>你的 GPU 云</translation>
    </message>
    <message>
        <source>Enter the API key of each provider you rent from, press Save key, then Test. Skip any you don&apos;t use: the Sandbox needs none.</source>
        <translation>输入你所租用的每个供应商的 API 密钥，点击“保存密钥”，再点击“测试”。不用的供应商可以跳过：沙盒不需要密钥。</translation>
    </message>
    <message>
        <source>Keys cannot be entered now because GPU Desk&apos;s database is unavailable; add them later in Settings → Providers and keys.</source>
        <translation>GPU Desk 的数据库不可用，暂时无法输入密钥；请稍后在“设置 → 供应商与密钥”中添加。</translation>
    </message>
    <message>
        <source>An SSH key for your machines</source>
        <translation>用于你的机器的 SSH 密钥</translation>
    </message>
    <message>
        <source>GPU Desk installs its public half on the machines it launches, so that its terminal can log in.</source>
        <translation>GPU Desk 会把公钥安装到它启动的机器上，以便其终端能够登录。</translation>
    </message>
    <message>
        <source>The private half stays on this computer. GPU Desk never uploads it.</source>
        <translation>私钥保留在这台电脑上，GPU Desk 从不上传它。</translation>
    </message>
    <message>
        <source>GPU Desk&apos;s own key (%1)</source>
        <translation>GPU Desk 自己的密钥（%1）</translation>
    </message>
    <message>
        <source>Create a new ed25519 key for GPU Desk (recommended)</source>
        <translation>为 GPU Desk 创建新的 ed25519 密钥（推荐）</translation>
    </message>
    <message>
        <source>One of my keys:</source>
        <translation>使用我自己的密钥：</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>准备就绪</translation>
    </message>
    <message>
        <source>Everything here can be changed later in Settings.</source>
        <translation>这里的所有选择之后都可以在“设置”中更改。</translation>
    </message>
    <message>
        <source>Launch a Sandbox dev pod now and open its terminal (free: it runs on this computer)</source>
        <translation>立即启动一个沙盒开发 Pod 并打开其终端（免费：运行在这台电脑上）</translation>
    </message>
    <message>
        <source>(no key pair in %1)</source>
        <translation>（%1 中没有密钥对）</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your SSH key: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;你的 SSH 密钥：&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Keys, providers, the data folder and this assistant are in &lt;b&gt;Settings&lt;/b&gt;. The Marketplace shows every offer with the age and source of its price; Jobs launches and follows them; Costs counts what they cost.&lt;/p&gt;</source>
        <translation>&lt;p&gt;密钥、供应商、数据文件夹和本向导都在&lt;b&gt;设置&lt;/b&gt;中。市场页显示每个报价及其价格的来源和时效；任务页用于启动和跟踪任务；费用页统计它们的花费。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Key %1, fingerprint %2</source>
        <translation>密钥 %1，指纹 %2</translation>
    </message>
    <message>
        <source>A monthly budget</source>
        <translation>每月预算</translation>
    </message>
    <message>
        <source>GPU Desk warns at 50 %, 80 % and 100 % of it, and can stop every job when it is spent.</source>
        <translation>GPU Desk 会在花费达到预算的 50 %、80 % 和 100 % 时提醒你，并可在预算用完时停止所有任务。</translation>
    </message>
    <message>
        <source>&lt;p&gt;For all providers and projects together. 0 means no budget. Sandbox jobs count their simulated cost, so you can see the warnings without spending anything.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Monthly budget (USD)&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;适用于所有供应商和项目的总和。0 表示不设预算。沙盒任务按模拟费用计入，因此无需真正花钱就能看到提醒。&lt;/p&gt;&lt;p&gt;&lt;b&gt;每月预算（美元）&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Budgets need GPU Desk&apos;s database, which is unavailable; set one later with gpudesk-cli budget set.</source>
        <translation>预算需要 GPU Desk 的数据库，但数据库不可用；请稍后用 gpudesk-cli budget set 设置。</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>不设预算</translation>
    </message>
    <message>
        <source>Stop all running jobs when the budget is spent</source>
        <translation>预算用完时停止所有运行中的任务</translation>
    </message>
    <message>
        <source>&lt;p&gt;Monthly budget: &lt;b&gt;$%1&lt;/b&gt;, every job stopped when it is spent.&lt;/p&gt;</source>
        <translation>&lt;p&gt;每月预算：&lt;b&gt;$%1&lt;/b&gt;，用完时停止所有任务。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Monthly budget: &lt;b&gt;$%1&lt;/b&gt;, with warnings.&lt;/p&gt;</source>
        <translation>&lt;p&gt;每月预算：&lt;b&gt;$%1&lt;/b&gt;，仅提醒。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Budget of %1 a month stored.</source>
        <translation>已保存每月 %1 的预算。</translation>
    </message>
</context>
<context>
    <name>gpudesk::HttpClient</name>
    <message>
        <source>call its API</source>
        <translation>调用其 API</translation>
    </message>
    <message>
        <source>Settings → Providers → %1</source>
        <translation>设置 → 供应商 → %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s) while trying to %2. Check your connection and try again.</source>
        <translation>
            <numerusform>尝试%2时，%1 在 %n 秒内未响应。请检查网络连接后重试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s) while trying to %2. It may have acted on the request: GPU Desk checks before trying again.</source>
        <translation>
            <numerusform>尝试%2时，%1 在 %n 秒内未响应。它可能已执行该请求：GPU Desk 会在重试前先进行检查。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: timed out after %3 ms</source>
        <translation>%1 %2：%3 毫秒后超时</translation>
    </message>
    <message>
        <source>Could not reach %1 at %2 while trying to %3 (%4). Check your connection, proxy or the base URL in Settings → Providers → %1.</source>
        <translation>尝试%3时无法通过 %2 连接到 %1（%4）。请检查网络连接、代理，或 设置 → 供应商 → %1 中的基础 URL。</translation>
    </message>
    <message>
        <source>The connection to %1 was lost while trying to %2 (%3). Try again.</source>
        <translation>尝试%2时与 %1 的连接断开（%3）。请重试。</translation>
    </message>
    <message>
        <source>The connection to %1 was lost while trying to %2 (%3). %1 may have acted on it: GPU Desk checks before trying again.</source>
        <translation>尝试%2时与 %1 的连接断开（%3）。%1 可能已执行该请求：GPU Desk 会在重试前先进行检查。</translation>
    </message>
    <message numerus="yes">
        <source> (after %n attempt(s))</source>
        <translation>
            <numerusform>（共尝试 %n 次）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rejected the API key (401) while trying to %2. Check %3.</source>
        <translation>尝试%2时，%1 拒绝了 API 密钥（401）。请检查 %3。</translation>
    </message>
    <message>
        <source>%1 refused access (403) while trying to %2%3. The key may lack the permission for this, or the account may be restricted; check %4.</source>
        <translation>尝试%2时，%1 拒绝访问（403）%3。该密钥可能缺少相应权限，或账户可能受到限制；请检查 %4。</translation>
    </message>
    <message>
        <source>%1 does not know it (404) while trying to %2%3.</source>
        <translation>尝试%2时，%1 找不到该资源（404）%3。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is limiting requests (429) while trying to %2. Try again in %n second(s).</source>
        <translation>
            <numerusform>尝试%2时，%1 正在限制请求频率（429）。请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 had a problem on its side (HTTP %2) while trying to %3%4. Try again later; if it persists, check %1&apos;s status page.</source>
        <translation>尝试%3时，%1 服务端出现问题（HTTP %2）%4。请稍后重试；如果问题持续存在，请查看 %1 的服务状态页面。</translation>
    </message>
    <message>
        <source>%1 refused to %2 (HTTP %3)%4.</source>
        <translation>%1 拒绝%2（HTTP %3）%4。</translation>
    </message>
    <message>
        <source>%1 answered with %2 instead of JSON while trying to %3. A proxy or captive portal may be in the way; check the base URL in Settings → Providers → %1.</source>
        <translation>尝试%3时，%1 返回的是 %2 而不是 JSON。可能有代理或强制门户（captive portal）在中间拦截；请检查 设置 → 供应商 → %1 中的基础 URL。</translation>
    </message>
    <message>
        <source>%1 sent a response GPU Desk could not read while trying to %2 (%3 at byte %4). Nothing was changed; try again.</source>
        <translation>尝试%2时，%1 返回了 GPU Desk 无法解析的响应（%3，位于第 %4 字节）。未做任何更改；请重试。</translation>
    </message>
</context>
<context>
    <name>gpudesk::IdleMonitor</name>
    <message>
        <source>Idle job stopped</source>
        <translation>空闲任务已停止</translation>
    </message>
    <message numerus="yes">
        <source>The GPUs of job %1 (%2) have been under %3 % for %n minute(s).</source>
        <translation>
            <numerusform>任务 %1（%2）的 GPU 已连续 %n 分钟低于 %3%。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Stopped by idle auto-stop.</source>
        <translation>%1 已由空闲自动停止（idle auto-stop）停止。</translation>
    </message>
    <message>
        <source>Idle GPUs</source>
        <translation>GPU 空闲</translation>
    </message>
    <message numerus="yes">
        <source>%1 It will be stopped in %n minute(s) unless its GPUs get busy.</source>
        <translation>
            <numerusform>%1 除非其 GPU 开始工作，否则将在 %n 分钟后停止。</numerusform>
        </translation>
    </message>
    <message>
        <source>Forgotten instance?</source>
        <translation>被遗忘的实例？</translation>
    </message>
    <message numerus="yes">
        <source>Job %1 (%2) has been running for %n hour(s) with no terminal open and its GPUs at %3 % on average over the last hour. Stop it if it is not needed.</source>
        <translation>
            <numerusform>任务 %1（%2）已运行 %n 小时，没有打开的终端，过去一小时 GPU 平均利用率为 %3%。如不再需要，请停止它。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gpudesk::JobConnections</name>
    <message>
        <source>Could not run &quot;%1&quot; on job %2&apos;s machine: %3 (opening a terminal to it once lets GPU Desk ask about its host key or your key&apos;s passphrase).</source>
        <translation>无法在任务 %2 的机器上运行 &quot;%1&quot;：%3（先为它打开一次终端，GPU Desk 就能向您确认其主机密钥或询问您的密钥口令）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exited with status %2 on job %3&apos;s machine: %4</source>
        <translation>&quot;%1&quot; 在任务 %3 的机器上退出，状态码 %2：%4</translation>
    </message>
</context>
<context>
    <name>gpudesk::JobCostModel</name>
    <message>
        <source>%1 × %2 × %3 nodes</source>
        <translation>%1 × %2 × %3 个节点</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 (simulated)</source>
        <translation>%1（模拟）</translation>
    </message>
    <message>
        <source>%1 + %2 simulated</source>
        <translation>%1 + %2 模拟</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n interval(s) without a known rate: their cost is missing, not zero.</source>
        <translation>
            <numerusform>%n 个区间没有已知费率：其费用缺失，而不是零。</numerusform>
        </translation>
    </message>
    <message>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>GPU 小时</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Idle GPU-hours</source>
        <translation>空闲 GPU 小时</translation>
    </message>
    <message>
        <source>Wasted</source>
        <translation>浪费</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>已计费</translation>
    </message>
</context>
<context>
    <name>gpudesk::JobDialog</name>
    <message>
        <source>New job</source>
        <translation>新建任务</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>创建方式</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Where it runs</source>
        <translation>运行位置</translation>
    </message>
    <message>
        <source>default (for cost reports)</source>
        <translation>默认（用于费用报告）</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Spot / interruptible (cheaper, may be preempted)</source>
        <translation>竞价 / 可中断（更便宜，但可能被抢占）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>GPU model</source>
        <translation>GPU 型号</translation>
    </message>
    <message>
        <source>GPUs per node</source>
        <translation>每节点 GPU 数</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点数</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>What it runs</source>
        <translation>运行内容</translation>
    </message>
    <message>
        <source>The Sandbox records the image but does not pull it: the command runs on this computer, in the pod&apos;s own folder.</source>
        <translation>Sandbox 会记录镜像但不会拉取：命令在本机上、Pod 自己的目录中运行。</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Add variable</source>
        <translation>添加变量</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>e.g. 8888, 6006</source>
        <translation>例如 8888, 6006</translation>
    </message>
    <message>
        <source>e.g. data:/data, /scratch:/scratch</source>
        <translation>例如 data:/data, /scratch:/scratch</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>provider default</source>
        <translation>供应商默认值</translation>
    </message>
    <message>
        <source>Container image</source>
        <translation>容器镜像</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>初始化命令</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>none, e.g. 2h or 90m</source>
        <translation>不限，例如 2h 或 90m</translation>
    </message>
    <message>
        <source>none, e.g. 25</source>
        <translation>不限，例如 25</translation>
    </message>
    <message>
        <source>never, e.g. 30m</source>
        <translation>从不，例如 30m</translation>
    </message>
    <message>
        <source>GPU Desk&apos;s own key</source>
        <translation>GPU Desk 自带的密钥</translation>
    </message>
    <message>
        <source>Max runtime</source>
        <translation>最长运行时间</translation>
    </message>
    <message>
        <source>Max cost ($)</source>
        <translation>费用上限（$）</translation>
    </message>
    <message>
        <source>Stop when idle for</source>
        <translation>闲置多久后停止</translation>
    </message>
    <message>
        <source>SSH key</source>
        <translation>SSH 密钥</translation>
    </message>
    <message>
        <source>The job as YAML (what gpudesk-cli launch reads):</source>
        <translation>任务的 YAML 形式（即 gpudesk-cli launch 读取的内容）：</translation>
    </message>
    <message>
        <source>Open YAML…</source>
        <translation>打开 YAML…</translation>
    </message>
    <message>
        <source>Save YAML…</source>
        <translation>保存 YAML…</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Any offer with these GPUs</source>
        <translation>任意带有这些 GPU 的报价</translation>
    </message>
    <message>
        <source>%1/h</source>
        <translation>%1/小时</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>询价</translation>
    </message>
    <message>
        <source>%1 × %2 — %3 (%4, %5)</source>
        <translation>%1 × %2 — %3（%4，%5）</translation>
    </message>
    <message>
        <source>Fill in every field yourself.</source>
        <translation>自行填写所有字段。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 per hour&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1/小时&lt;/b&gt;</translation>
    </message>
    <message>
        <source>· at most %1 for the max runtime</source>
        <translation>· 在最长运行时间内最多 %1</translation>
    </message>
    <message>
        <source>Price on quote from the provider.</source>
        <translation>价格需向供应商询价。</translation>
    </message>
    <message>
        <source>Choose an offer to see the price.</source>
        <translation>选择报价后即可查看价格。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;Ready to launch.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#2e7d32&apos;&gt;可以启动。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Open a job file</source>
        <translation>打开任务文件</translation>
    </message>
    <message>
        <source>Job files (*.yaml *.yml)</source>
        <translation>任务文件 (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Save the job as YAML</source>
        <translation>将任务保存为 YAML</translation>
    </message>
    <message>
        <source>%1 is not installed on this computer, so this job would fail at once: install it, or start from the dev pod template.</source>
        <translation>本机未安装 %1，此任务会立即失败：请先安装，或改用开发 Pod 模板。</translation>
    </message>
    <message>
        <source>Placement (best available)</source>
        <translation>放置（最佳可用）</translation>
    </message>
    <message>
        <source>every provider that can launch, e.g. lambda, runpod</source>
        <translation>所有可启动的供应商，例如 lambda, runpod</translation>
    </message>
    <message>
        <source>none, e.g. 4</source>
        <translation>无，例如 4</translation>
    </message>
    <message>
        <source>Relaunch elsewhere if preempted</source>
        <translation>被抢占时在其他地方重新启动</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Prefer</source>
        <translation>偏好</translation>
    </message>
    <message>
        <source>Max $/h per machine</source>
        <translation>每台机器最高 $/小时</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>$/h</source>
        <translation>$/小时</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>H100, H200 or 80GB+</source>
        <translation>H100, H200 或 80GB+</translation>
    </message>
    <message>
        <source>&lt;b&gt;From %1 per hour&lt;/b&gt; at %2</source>
        <translation>&lt;b&gt;每小时 %1 起&lt;/b&gt;，%2</translation>
    </message>
    <message>
        <source>No offer matches these constraints.</source>
        <translation>没有报价符合这些条件。</translation>
    </message>
    <message>
        <source>Best available (all providers)</source>
        <translation>最佳可用（所有供应商）</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ranked candidates&lt;/b&gt; for %1: %2 Prices in amber are not live.</source>
        <translation>&lt;b&gt;候选排序&lt;/b&gt;（%1）：%2 琥珀色价格非实时。</translation>
    </message>
    <message>
        <source>Excluded: </source>
        <translation>已排除：</translation>
    </message>
    <message numerus="yes">
        <source> … and %n more.</source>
        <translation>
            <numerusform> … 另有 %n 个。</numerusform>
        </translation>
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
    <message>
        <source>Job %1 has no instance, so it has no logs yet.</source>
        <translation>任务 %1 没有实例，因此暂无日志。</translation>
    </message>
    <message>
        <source>Job %1 is %2: SSH is available while it runs.</source>
        <translation>任务 %1 当前为%2：仅在运行时才能使用 SSH。</translation>
    </message>
    <message>
        <source>Job %1 is still being launched.</source>
        <translation>任务 %1 仍在启动中。</translation>
    </message>
    <message>
        <source>Job %1 is %2 and cannot be launched again.</source>
        <translation>任务 %1 处于%2状态，无法再次启动。</translation>
    </message>
</context>
<context>
    <name>gpudesk::JobTableModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>仅 CPU</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU 数</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Cost so far</source>
        <translation>已产生费用</translation>
    </message>
    <message>
        <source>$/h</source>
        <translation>$/h</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>最新消息</translation>
    </message>
</context>
<context>
    <name>gpudesk::JobUtilizationView</name>
    <message>
        <source>GPU %1</source>
        <translation>GPU %1</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>最近 6 小时</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Whole job</source>
        <translation>整个作业</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>No samples in this range yet. While the job runs, GPU Desk reads nvidia-smi on its machine every few seconds.</source>
        <translation>此范围内还没有采样。作业运行时，GPU Desk 每隔几秒在其机器上读取 nvidia-smi。</translation>
    </message>
    <message>
        <source>GPU utilization</source>
        <translation>GPU 利用率</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>GPU memory used</source>
        <translation>已用 GPU 显存</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>Power draw</source>
        <translation>功耗</translation>
    </message>
    <message>
        <source>%1 W</source>
        <translation>%1 W</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sandbox&lt;/b&gt;: simulated nvidia-smi readings that follow the pod&apos;s CPU use, not a real GPU.</source>
        <translation>&lt;b&gt;沙盒&lt;/b&gt;：模拟的 nvidia-smi 读数，随 Pod 的 CPU 使用变化，并非真实 GPU。</translation>
    </message>
    <message>
        <source>Select a job to see its GPUs over time.</source>
        <translation>选择一个作业以查看其 GPU 随时间的变化。</translation>
    </message>
    <message>
        <source>Every sample.</source>
        <translation>每个采样。</translation>
    </message>
    <message>
        <source>1-minute averages; hover for the minimum and maximum.</source>
        <translation>1 分钟平均值；悬停可查看最小值和最大值。</translation>
    </message>
    <message>
        <source>Hourly averages; hover for the minimum and maximum.</source>
        <translation>每小时平均值；悬停可查看最小值和最大值。</translation>
    </message>
    <message>
        <source>Live, last sample at %1.</source>
        <translation>实时，最近一次采样于 %1。</translation>
    </message>
    <message>
        <source>Live: waiting for the first sample.</source>
        <translation>实时：等待第一次采样。</translation>
    </message>
</context>
<context>
    <name>gpudesk::JobsPage</name>
    <message>
        <source>New job…</source>
        <translation>新建任务…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation>终止…</translation>
    </message>
    <message>
        <source>Open terminal</source>
        <translation>打开终端</translation>
    </message>
    <message>
        <source>Copy SSH command</source>
        <translation>复制 SSH 命令</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Duplicate as new…</source>
        <translation>复制为新任务…</translation>
    </message>
    <message>
        <source>Show finished jobs</source>
        <translation>显示已结束的任务</translation>
    </message>
    <message>
        <source>No jobs yet. &quot;New job…&quot; launches one; the Sandbox needs no account.</source>
        <translation>还没有任务。点击“新建任务…”即可启动一个；Sandbox 无需账号。</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n 个任务正在运行</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a job to see its details and history.&lt;/p&gt;</source>
        <translation>&lt;p&gt;选择一个任务以查看其详情和历史记录。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>The Sandbox records the image but does not pull it: the command runs on this computer.</source>
        <translation>Sandbox 会记录镜像但不会拉取：命令在本机上运行。</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU 数</translation>
    </message>
    <message numerus="yes">
        <source>%1 × %2 per node, %n node(s)</source>
        <translation>
            <numerusform>每节点 %1 × %2，共 %n 个节点</numerusform>
        </translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>%1 per hour</source>
        <translation>%1/小时</translation>
    </message>
    <message>
        <source>Cost so far</source>
        <translation>已产生费用</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>退出码</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>%1 instance %2 (%3) belongs to no GPU Desk job.</source>
        <translation>%1 实例 %2（%3）不属于任何 GPU Desk 任务。</translation>
    </message>
    <message>
        <source>Terminate it</source>
        <translation>终止</translation>
    </message>
    <message>
        <source>Terminate instance %1 at %2? Whatever runs on it is lost.</source>
        <translation>要终止 %2 上的实例 %1 吗？其上运行的一切都将丢失。</translation>
    </message>
    <message>
        <source>Job %1: %2 no longer knows its instance.</source>
        <translation>任务 %1：%2 已找不到其实例。</translation>
    </message>
    <message>
        <source>Close the record</source>
        <translation>关闭记录</translation>
    </message>
    <message>
        <source>GPU Desk</source>
        <translation>GPU Desk</translation>
    </message>
    <message>
        <source>Terminate job %1 (%2)? Its instance and everything on it are deleted; this cannot be undone.</source>
        <translation>要终止任务 %1（%2）吗？其实例及上面的所有内容都将被删除，且无法撤销。</translation>
    </message>
    <message>
        <source>Copied: %1 (or: gpudesk-cli ssh-config %2)</source>
        <translation>已复制：%1（或使用：gpudesk-cli ssh-config %2）</translation>
    </message>
    <message>
        <source>Fetching the logs of %1…</source>
        <translation>正在获取 %1 的日志…</translation>
    </message>
    <message>
        <source>Logs of %1</source>
        <translation>%1 的日志</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n orphan(s) found&lt;/b&gt;: they may cost money with no job to account for them.</source>
        <translation>
            <numerusform>&lt;b&gt;发现 %n 个孤立资源&lt;/b&gt;：它们可能在没有对应任务的情况下产生费用。</numerusform>
        </translation>
    </message>
    <message>
        <source>An SSH terminal to the job&apos;s machine, in the Terminals view.</source>
        <translation>在“终端”视图中打开连接到任务机器的 SSH 终端。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Placement attempts</source>
        <translation>放置尝试</translation>
    </message>
    <message>
        <source>%1 · %2 × %3 · %4</source>
        <translation>%1 · %2 × %3 · %4</translation>
    </message>
    <message>
        <source>%1/h</source>
        <translation>%1/小时</translation>
    </message>
</context>
<context>
    <name>gpudesk::KeychainSecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation>系统钥匙串</translation>
    </message>
    <message>
        <source>No keychain is available to %1 (%2). GPU Desk never stores keys in plain text: start your desktop&apos;s keyring (GNOME Keyring or KWallet), or set the key in an environment variable for headless use.</source>
        <translation>没有可用于%1的钥匙串（%2）。GPU Desk 从不以明文存储密钥：请启动桌面环境的密钥环（GNOME Keyring 或 KWallet），或在无图形界面的环境中通过环境变量设置密钥。</translation>
    </message>
    <message>
        <source>The keychain refused to %1 (%2). Unlock it and try again.</source>
        <translation>钥匙串拒绝%1（%2）。请解锁后重试。</translation>
    </message>
    <message>
        <source>The keychain could not %1: %2.</source>
        <translation>钥匙串无法%1：%2。</translation>
    </message>
    <message>
        <source>read a key</source>
        <translation>读取密钥</translation>
    </message>
    <message>
        <source>store a key</source>
        <translation>存储密钥</translation>
    </message>
    <message>
        <source>remove a key</source>
        <translation>删除密钥</translation>
    </message>
    <message>
        <source>no D-Bus session</source>
        <translation>没有 D-Bus 会话</translation>
    </message>
</context>
<context>
    <name>gpudesk::LambdaJson</name>
    <message>
        <source>Lambda sent a response GPU Desk could not read: %1. Try again later; if it persists, GPU Desk may need an update for a change in Lambda&apos;s API.</source>
        <translation>Lambda 返回了 GPU Desk 无法解析的响应：%1。请稍后重试；如果问题持续存在，可能是 Lambda 的 API 有变动，需要更新 GPU Desk。</translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation>响应体不是 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;data&quot; is missing or not an object</source>
        <translation>&quot;data&quot; 缺失或不是对象</translation>
    </message>
    <message>
        <source>instance type &quot;%1&quot; has no name</source>
        <translation>实例类型 &quot;%1&quot; 没有名称</translation>
    </message>
    <message>
        <source>instance type %1 has no whole price_cents_per_hour</source>
        <translation>实例类型 %1 没有整数形式的 price_cents_per_hour</translation>
    </message>
    <message>
        <source>instance type %1 has no regions_with_capacity_available list</source>
        <translation>实例类型 %1 没有 regions_with_capacity_available 列表</translation>
    </message>
    <message>
        <source>an instance is not a JSON object</source>
        <translation>某个实例不是 JSON 对象</translation>
    </message>
    <message>
        <source>an instance has no id</source>
        <translation>某个实例没有 ID</translation>
    </message>
    <message>
        <source>instance %1 has no status</source>
        <translation>实例 %1 没有状态</translation>
    </message>
    <message>
        <source>Lambda reports the instance as unhealthy.</source>
        <translation>Lambda 报告该实例运行状况异常。</translation>
    </message>
    <message>
        <source>the instance list has no &quot;data&quot; array</source>
        <translation>实例列表中没有 &quot;data&quot; 数组</translation>
    </message>
    <message>
        <source>the launch answer names no instance id</source>
        <translation>启动响应中没有实例 ID</translation>
    </message>
    <message>
        <source>the SSH key list has no &quot;data&quot; array</source>
        <translation>SSH 密钥列表中没有 &quot;data&quot; 数组</translation>
    </message>
    <message>
        <source>an SSH key has no name</source>
        <translation>某个 SSH 密钥没有名称</translation>
    </message>
    <message>
        <source>the added SSH key has no id</source>
        <translation>新添加的 SSH 密钥没有 ID</translation>
    </message>
    <message>
        <source>&quot;data.%1&quot; is missing</source>
        <translation>缺少 &quot;data.%1&quot;</translation>
    </message>
</context>
<context>
    <name>gpudesk::LambdaProvider</name>
    <message>
        <source>Lambda</source>
        <translation>Lambda</translation>
    </message>
    <message>
        <source>No Lambda API key is set. Add one in Settings → Providers → Lambda (or set LAMBDA_API_KEY).</source>
        <translation>未设置 Lambda API 密钥。请在 设置 → 供应商 → Lambda 中添加（或设置 LAMBDA_API_KEY）。</translation>
    </message>
    <message>
        <source>Lambda has no capacity for this instance type in that region right now. Try another region or instance type, or try again later.</source>
        <translation>Lambda 目前在该区域没有此实例类型的可用容量。请尝试其他区域或实例类型，或稍后重试。</translation>
    </message>
    <message>
        <source>list instance types</source>
        <translation>列出实例类型</translation>
    </message>
    <message>
        <source>Lambda launches a named instance type (such as gpu_1x_a100): pick a Lambda offer for this job.</source>
        <translation>Lambda 按实例类型名称启动（例如 gpu_1x_a100）：请为此任务选择一个 Lambda 报价。</translation>
    </message>
    <message>
        <source>Lambda has no capacity for %1 in any region right now. Try another instance type, or try again later.</source>
        <translation>Lambda 目前在所有区域都没有 %1 的可用容量。请尝试其他实例类型，或稍后重试。</translation>
    </message>
    <message>
        <source>launch an instance</source>
        <translation>启动实例</translation>
    </message>
    <message>
        <source>list instances</source>
        <translation>列出实例</translation>
    </message>
    <message>
        <source>read instance %1</source>
        <translation>读取实例 %1</translation>
    </message>
    <message>
        <source>stop instances (they run until terminated)</source>
        <translation>停止实例（实例会一直运行，直到被终止）</translation>
    </message>
    <message>
        <source>start stopped instances (it can only restart running ones)</source>
        <translation>启动已停止的实例（只能重启正在运行的实例）</translation>
    </message>
    <message>
        <source>restart instance %1</source>
        <translation>重启实例 %1</translation>
    </message>
    <message>
        <source>terminate instance %1</source>
        <translation>终止实例 %1</translation>
    </message>
    <message>
        <source>Lambda has not given instance %1 an IP address yet. Wait until it is running, then try again.</source>
        <translation>Lambda 尚未为实例 %1 分配 IP 地址。请等待其运行后重试。</translation>
    </message>
    <message>
        <source>read job logs (use the SSH terminal)</source>
        <translation>读取任务日志（请使用 SSH 终端）</translation>
    </message>
    <message numerus="yes">
        <source>Lambda accepted the key: %n instance(s) listed.</source>
        <translation>
            <numerusform>Lambda 已接受该密钥：列出了 %n 个实例。</numerusform>
        </translation>
    </message>
    <message>
        <source>list SSH keys</source>
        <translation>列出 SSH 密钥</translation>
    </message>
    <message>
        <source>add the SSH key %1</source>
        <translation>添加 SSH 密钥 %1</translation>
    </message>
</context>
<context>
    <name>gpudesk::LeptonProvider</name>
    <message>
        <source>DGX Cloud Lepton</source>
        <translation>DGX Cloud Lepton</translation>
    </message>
    <message>
        <source>No DGX Cloud Lepton token is set. Add it in Settings → Providers → DGX Cloud Lepton, or set LEPTON_API_TOKEN.</source>
        <translation>未设置 DGX Cloud Lepton 令牌。请在 设置 → 供应商 → DGX Cloud Lepton 中添加，或设置 LEPTON_API_TOKEN。</translation>
    </message>
    <message>
        <source>No DGX Cloud Lepton workspace is set. Add the workspace URL or id in Settings → Providers → DGX Cloud Lepton, or set LEPTON_WORKSPACE_URL.</source>
        <translation>未设置 DGX Cloud Lepton 工作区。请在 设置 → 供应商 → DGX Cloud Lepton 中添加工作区 URL 或 ID，或设置 LEPTON_WORKSPACE_URL。</translation>
    </message>
    <message>
        <source>DGX Cloud Lepton sent a response GPU Desk could not read while trying to %1: %2.</source>
        <translation>尝试%1时，DGX Cloud Lepton 返回了 GPU Desk 无法解析的响应：%2。</translation>
    </message>
    <message>
        <source>list dedicated node groups</source>
        <translation>列出专用节点组</translation>
    </message>
    <message>
        <source>list resource shapes</source>
        <translation>列出资源规格</translation>
    </message>
    <message>
        <source>expected a list of shapes</source>
        <translation>应为资源规格列表</translation>
    </message>
    <message>
        <source>DGX Cloud Lepton API: workspace resource shapes (no list price: quote)</source>
        <translation>DGX Cloud Lepton API：工作区资源规格（无公开标价：需询价）</translation>
    </message>
    <message>
        <source>a job is not a JSON object</source>
        <translation>某个任务不是 JSON 对象</translation>
    </message>
    <message>
        <source>a job has neither id nor name</source>
        <translation>某个任务既没有 id 也没有 name</translation>
    </message>
    <message>
        <source>a deployment is not a JSON object</source>
        <translation>某个部署不是 JSON 对象</translation>
    </message>
    <message>
        <source>a deployment has no name</source>
        <translation>某个部署没有名称</translation>
    </message>
    <message>
        <source>DGX Cloud Lepton needs a resource shape (e.g. gpu.8xh100-sxm): pick one of its offers.</source>
        <translation>DGX Cloud Lepton 需要指定资源规格（例如 gpu.8xh100-sxm）：请选择它的一个报价。</translation>
    </message>
    <message>
        <source>DGX Cloud Lepton runs containers: set an image.</source>
        <translation>DGX Cloud Lepton 运行的是容器：请设置镜像。</translation>
    </message>
    <message>
        <source>create a dev pod</source>
        <translation>创建开发 Pod</translation>
    </message>
    <message>
        <source>create a job</source>
        <translation>创建任务</translation>
    </message>
    <message>
        <source>list jobs</source>
        <translation>列出任务</translation>
    </message>
    <message>
        <source>no &quot;jobs&quot; list</source>
        <translation>缺少 &quot;jobs&quot; 列表</translation>
    </message>
    <message>
        <source>list dev pods</source>
        <translation>列出开发 Pod</translation>
    </message>
    <message>
        <source>read a dev pod</source>
        <translation>读取开发 Pod</translation>
    </message>
    <message>
        <source>read a job</source>
        <translation>读取任务</translation>
    </message>
    <message>
        <source>stop a dev pod</source>
        <translation>停止开发 Pod</translation>
    </message>
    <message>
        <source>stop a job</source>
        <translation>停止任务</translation>
    </message>
    <message>
        <source>resume a stopped job</source>
        <translation>恢复已停止的任务</translation>
    </message>
    <message>
        <source>delete a dev pod</source>
        <translation>删除开发 Pod</translation>
    </message>
    <message>
        <source>delete a job</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <source>DGX Cloud Lepton gives SSH to dev pods only; this is a batch job. Launch it with the dev pod template.</source>
        <translation>DGX Cloud Lepton 仅为开发 Pod 提供 SSH；这是一个批处理任务。请使用开发 Pod 模板启动。</translation>
    </message>
    <message>
        <source>read a dev pod&apos;s SSH port</source>
        <translation>读取开发 Pod 的 SSH 端口</translation>
    </message>
    <message>
        <source>DGX Cloud Lepton has not yet mapped the dev pod&apos;s SSH port; try again when it is running.</source>
        <translation>DGX Cloud Lepton 尚未映射该开发 Pod 的 SSH 端口；请在其运行后重试。</translation>
    </message>
    <message>
        <source>read a dev pod&apos;s address</source>
        <translation>读取开发 Pod 的地址</translation>
    </message>
    <message>
        <source>DGX Cloud Lepton reports no public address for the dev pod yet; try again when it is running.</source>
        <translation>DGX Cloud Lepton 尚未报告该开发 Pod 的公网地址；请在其运行后重试。</translation>
    </message>
    <message>
        <source>read a dev pod&apos;s log</source>
        <translation>读取开发 Pod 的日志</translation>
    </message>
    <message>
        <source>list a job&apos;s replicas</source>
        <translation>列出任务的副本</translation>
    </message>
    <message>
        <source>read a job&apos;s log</source>
        <translation>读取任务的日志</translation>
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
        <source>Jobs need GPU Desk&apos;s database, which could not be opened (see the red banner). Once it opens, launch jobs here from a form or a YAML file and follow them from pending to done.</source>
        <translation>任务功能需要 GPU Desk 的数据库，但数据库无法打开（参见红色横幅）。数据库打开后，即可在此通过表单或 YAML 文件启动任务，并跟踪其从排队到完成的全过程。</translation>
    </message>
    <message>
        <source>Launch failed</source>
        <translation>启动失败</translation>
    </message>
    <message>
        <source>No job running</source>
        <translation>没有运行中的任务</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) may be billing · %1 per hour</source>
        <translation>
            <numerusform>%n 个任务可能正在计费 · 每小时 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Sandbox job(s) running (simulated, not charged)</source>
        <translation>
            <numerusform>%n 个 Sandbox 任务运行中（模拟，不收费）</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking %1 how to reach job %2…</source>
        <translation>正在向 %1 查询任务 %2 的连接方式…</translation>
    </message>
    <message>
        <source>Open terminal</source>
        <translation>打开终端</translation>
    </message>
    <message>
        <source>Go to…</source>
        <translation>转到…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>New job…</source>
        <translation>新建任务…</translation>
    </message>
    <message>
        <source>the job form</source>
        <translation>任务表单</translation>
    </message>
    <message>
        <source>Refresh prices</source>
        <translation>刷新价格</translation>
    </message>
    <message>
        <source>live offers from every provider with a key</source>
        <translation>从每个已配置密钥的供应商获取实时报价</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>on quote</source>
        <translation>需询价</translation>
    </message>
    <message>
        <source>Terminals need GPU Desk&apos;s database, which could not be opened.</source>
        <translation>终端需要 GPU Desk 的数据库，但数据库无法打开。</translation>
    </message>
    <message>
        <source>%1/h</source>
        <translation>%1/小时</translation>
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
    <message>
        <source>Launch on this offer…</source>
        <translation>使用此报价启动…</translation>
    </message>
    <message>
        <source>GPU Desk cannot launch on this provider yet: its API support comes in a later release. The Sandbox launches now.</source>
        <translation>GPU Desk 暂时还不能在该供应商上启动任务：对其 API 的支持将在后续版本中提供。Sandbox 现在即可启动。</translation>
    </message>
    <message>
        <source>Refresh prices</source>
        <translation>刷新价格</translation>
    </message>
    <message>
        <source>Fetch live offers and prices from every provider with an API key (F5). Others keep their snapshot prices.</source>
        <translation>从所有已配置 API 密钥的供应商获取实时报价和价格（F5）。其他供应商仍显示快照价格。</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>正在刷新…</translation>
    </message>
    <message>
        <source>Asking the providers for live offers…</source>
        <translation>正在向供应商获取实时报价…</translation>
    </message>
</context>
<context>
    <name>gpudesk::MemorySecretStore</name>
    <message>
        <source>memory (until GPU Desk quits)</source>
        <translation>内存（GPU Desk 退出前有效）</translation>
    </message>
    <message>
        <source>No keychain is available. GPU Desk never stores keys in plain text.</source>
        <translation>没有可用的钥匙串。GPU Desk 从不以明文存储密钥。</translation>
    </message>
</context>
<context>
    <name>gpudesk::OfferRefresh</name>
    <message>
        <source>%1 has no API key. Add one in Settings → Providers → %1, with &quot;gpudesk-cli keys set %2&quot;, or in the environment (%3).</source>
        <translation>%1 没有 API 密钥。请在 设置 → 供应商 → %1 中添加，或使用 &quot;gpudesk-cli keys set %2&quot;，或通过环境变量（%3）设置。</translation>
    </message>
    <message>
        <source>%1 does not list offers through its API.</source>
        <translation>%1 不通过其 API 提供报价列表。</translation>
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
    <name>gpudesk::PassphraseDialog</name>
    <message>
        <source>Key passphrase</source>
        <translation>密钥口令</translation>
    </message>
    <message>
        <source>The key %1 is protected by a passphrase.</source>
        <translation>密钥 %1 受口令保护。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Keep it in %1 for later connections</source>
        <translation>保存在%1中，供以后的连接使用</translation>
    </message>
    <message>
        <source>Otherwise GPU Desk keeps it in memory only, until you close this terminal.</source>
        <translation>否则 GPU Desk 仅将其保存在内存中，直到您关闭此终端。</translation>
    </message>
    <message>
        <source>Kept in memory only, until you close this terminal.</source>
        <translation>仅保存在内存中，直到您关闭此终端。</translation>
    </message>
    <message>
        <source>Unchecked, it is kept in memory only, until you close this terminal.</source>
        <translation>不勾选时，仅保存在内存中，直到您关闭此终端。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Skip this key</source>
        <translation>跳过此密钥</translation>
    </message>
</context>
<context>
    <name>gpudesk::PodSshServer</name>
    <message>
        <source>The pod&apos;s SSH host key %1 cannot be read. Delete the file to let GPU Desk make a new one; SSH clients will then warn once that the pod&apos;s key changed.</source>
        <translation>无法读取 Pod 的 SSH 主机密钥 %1。删除该文件后 GPU Desk 会生成新密钥；之后 SSH 客户端会提示一次 Pod 的密钥已更改。</translation>
    </message>
    <message>
        <source>GPU Desk could not make an SSH host key for the pod.</source>
        <translation>GPU Desk 无法为 Pod 生成 SSH 主机密钥。</translation>
    </message>
    <message>
        <source>Cannot save the pod&apos;s SSH host key to %1: %2. Check that the folder exists and can be written.</source>
        <translation>无法将 Pod 的 SSH 主机密钥保存到 %1：%2。请检查该目录是否存在且可写。</translation>
    </message>
    <message>
        <source>Cannot read the SSH public key %1 that may log in to the pod. Check that the file exists and holds one OpenSSH public key.</source>
        <translation>无法读取允许登录 Pod 的 SSH 公钥 %1。请检查该文件是否存在，且包含一个 OpenSSH 公钥。</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2. Choose another port, or stop the program that uses it.</source>
        <translation>无法监听 %1：%2。请选择其他端口，或停止占用该端口的程序。</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2.</source>
        <translation>无法监听 %1：%2。</translation>
    </message>
    <message>
        <source>The pod&apos;s SSH user name is empty.</source>
        <translation>Pod 的 SSH 用户名为空。</translation>
    </message>
    <message>
        <source>The pod&apos;s working folder %1 does not exist.</source>
        <translation>Pod 的工作目录 %1 不存在。</translation>
    </message>
    <message>
        <source>The pod&apos;s shell %1 is not an executable program.</source>
        <translation>Pod 的 shell %1 不是可执行程序。</translation>
    </message>
    <message>
        <source>GPU Desk could not set up the pod&apos;s SSH server.</source>
        <translation>GPU Desk 无法设置 Pod 的 SSH 服务器。</translation>
    </message>
</context>
<context>
    <name>gpudesk::Provider</name>
    <message numerus="yes">
        <source>%1 answered: %n instance(s).</source>
        <translation>
            <numerusform>%1 已响应：%n 个实例。</numerusform>
        </translation>
    </message>
    <message>
        <source>register SSH keys</source>
        <translation>注册 SSH 密钥</translation>
    </message>
    <message>
        <source>%1 cannot %2 through its API.</source>
        <translation>%1 不支持通过其 API %2。</translation>
    </message>
</context>
<context>
    <name>gpudesk::ProviderKeysPanel</name>
    <message>
        <source>Workspace URL:</source>
        <translation>工作区 URL：</translation>
    </message>
    <message>
        <source>Project ID:</source>
        <translation>项目 ID：</translation>
    </message>
    <message>
        <source>https://gateway.dgxc-lepton.nvidia.com/api/v2/workspaces/…</source>
        <translation>https://gateway.dgxc-lepton.nvidia.com/api/v2/workspaces/…</translation>
    </message>
    <message>
        <source>the project the VMs are created in</source>
        <translation>创建虚拟机所在的项目</translation>
    </message>
    <message>
        <source>Keys are kept in your system keychain, never in GPU Desk&apos;s files. A key set in the environment (shown below each provider) takes precedence over the stored one. Without any key, the Sandbox and the snapshot prices work as before.</source>
        <translation>密钥保存在系统钥匙串中，绝不会写入 GPU Desk 的文件。在环境变量中设置的密钥（显示在各供应商下方）优先于已存储的密钥。没有任何密钥时，Sandbox 和快照价格照常可用。</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>A switched-off provider is hidden from the Marketplace and never called.</source>
        <translation>停用的供应商会从“市场”中隐藏，且不会被调用。</translation>
    </message>
    <message>
        <source>Access key:</source>
        <translation>访问密钥：</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API 密钥：</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>秘密密钥：</translation>
    </message>
    <message>
        <source>the provider&apos;s public API (default)</source>
        <translation>供应商的公共 API（默认）</translation>
    </message>
    <message>
        <source>For a proxy or a mock server. GPUDESK_%1_BASE_URL in the environment takes precedence. Applies the next time GPU Desk starts.</source>
        <translation>用于代理或模拟服务器。环境变量 GPUDESK_%1_BASE_URL 优先。下次启动 GPU Desk 时生效。</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>基础 URL：</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>环境变量：%1</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>保存密钥</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Makes one cheap authenticated call and says what worked.</source>
        <translation>发起一次开销很小的认证调用，并报告哪些操作成功。</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>删除密钥</translation>
    </message>
    <message>
        <source>checking the keychain…</source>
        <translation>正在检查钥匙串…</translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation>钥匙串不可用</translation>
    </message>
    <message>
        <source>key from the environment (%1)</source>
        <translation>密钥来自环境变量（%1）</translation>
    </message>
    <message>
        <source>key stored in the keychain</source>
        <translation>密钥已存储在钥匙串中</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>无密钥</translation>
    </message>
    <message>
        <source>Enter the key first.</source>
        <translation>请先输入密钥。</translation>
    </message>
    <message>
        <source>%1 needs the secret key too.</source>
        <translation>%1 还需要秘密密钥。</translation>
    </message>
    <message>
        <source>%1 needs the %2</source>
        <translation>%1 需要填写%2</translation>
    </message>
    <message>
        <source>Stored in %1. Press Test to check it.</source>
        <translation>已存入%1。点击“测试”进行检查。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>正在调用 %1…</translation>
    </message>
    <message>
        <source>The key was removed from %1.</source>
        <translation>已从%1中删除该密钥。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL.</source>
        <translation>&quot;%1&quot; 不是 http(s) URL。</translation>
    </message>
    <message>
        <source>The database is unavailable, so the base URL cannot be saved.</source>
        <translation>数据库不可用，因此无法保存基础 URL。</translation>
    </message>
    <message>
        <source>Back to the public API the next time GPU Desk starts.</source>
        <translation>下次启动 GPU Desk 时将恢复使用公共 API。</translation>
    </message>
    <message>
        <source>Saved; used the next time GPU Desk starts.</source>
        <translation>已保存；下次启动 GPU Desk 时生效。</translation>
    </message>
</context>
<context>
    <name>gpudesk::RunPodJson</name>
    <message>
        <source>RunPod sent a response GPU Desk could not read: %1. Try again later; if it persists, GPU Desk may need an update for a change in RunPod&apos;s API.</source>
        <translation>RunPod 返回了 GPU Desk 无法解析的响应：%1。请稍后重试；如果问题持续存在，可能是 RunPod 的 API 有变动，需要更新 GPU Desk。</translation>
    </message>
    <message>
        <source>the GPU catalog has no &quot;gpus&quot; list</source>
        <translation>GPU 目录中没有 &quot;gpus&quot; 列表</translation>
    </message>
    <message>
        <source>a GPU type has no id</source>
        <translation>某个 GPU 类型没有 ID</translation>
    </message>
    <message>
        <source>GPU type %1 has no price</source>
        <translation>GPU 类型 %1 没有价格</translation>
    </message>
    <message>
        <source>GPU type %1 has no %2 price</source>
        <translation>GPU 类型 %1 没有 %2 价格</translation>
    </message>
    <message>
        <source>RunPod launches a named GPU type (such as &quot;NVIDIA GeForce RTX 4090&quot;): pick a RunPod offer for this job.</source>
        <translation>RunPod 按 GPU 类型名称启动（例如 &quot;NVIDIA GeForce RTX 4090&quot;）：请为此任务选择一个 RunPod 报价。</translation>
    </message>
    <message>
        <source>RunPod runs containers: set the job&apos;s image.</source>
        <translation>RunPod 运行的是容器：请设置任务的镜像。</translation>
    </message>
    <message>
        <source>the SSH key list has no &quot;keys&quot; array</source>
        <translation>SSH 密钥列表中没有 &quot;keys&quot; 数组</translation>
    </message>
    <message>
        <source>an SSH key is not a string</source>
        <translation>某个 SSH 密钥不是字符串</translation>
    </message>
    <message>
        <source>a pod is not a JSON object</source>
        <translation>某个 Pod 不是 JSON 对象</translation>
    </message>
    <message>
        <source>a pod has no id</source>
        <translation>某个 Pod 没有 ID</translation>
    </message>
    <message>
        <source>pod %1 has no status</source>
        <translation>Pod %1 没有状态</translation>
    </message>
    <message>
        <source>the pod list has no &quot;pods&quot; array</source>
        <translation>Pod 列表中没有 &quot;pods&quot; 数组</translation>
    </message>
    <message>
        <source>the pod is not a JSON object</source>
        <translation>该 Pod 不是 JSON 对象</translation>
    </message>
    <message>
        <source>RunPod has no direct SSH address for pod %1 yet: it appears once the pod is running with port 22/tcp published. Wait, then try again.</source>
        <translation>RunPod 尚未提供 Pod %1 的直连 SSH 地址：Pod 运行并公开 22/tcp 端口后才会出现。请稍候再试。</translation>
    </message>
</context>
<context>
    <name>gpudesk::RunPodProvider</name>
    <message>
        <source>RunPod</source>
        <translation>RunPod</translation>
    </message>
    <message>
        <source>No RunPod API key is set. Add one in Settings → Providers → RunPod (or set RUNPOD_API_KEY).</source>
        <translation>未设置 RunPod API 密钥。请在 设置 → 供应商 → RunPod 中添加（或设置 RUNPOD_API_KEY）。</translation>
    </message>
    <message>
        <source>RunPod has no machine with this GPU type free right now. Try another GPU type, cloud or data center, or try again later.</source>
        <translation>RunPod 目前没有该 GPU 类型的空闲机器。请尝试其他 GPU 类型、云类型或数据中心，或稍后重试。</translation>
    </message>
    <message>
        <source>list GPU types</source>
        <translation>列出 GPU 类型</translation>
    </message>
    <message>
        <source>RunPod launch without a client token.</source>
        <translation>RunPod 启动时缺少客户端令牌。</translation>
    </message>
    <message>
        <source>create a pod</source>
        <translation>创建 Pod</translation>
    </message>
    <message>
        <source>list pods</source>
        <translation>列出 Pod</translation>
    </message>
    <message>
        <source>read pod %1</source>
        <translation>读取 Pod %1</translation>
    </message>
    <message>
        <source>stop pod %1</source>
        <translation>停止 Pod %1</translation>
    </message>
    <message>
        <source>start pod %1</source>
        <translation>启动 Pod %1</translation>
    </message>
    <message>
        <source>terminate pod %1</source>
        <translation>终止 Pod %1</translation>
    </message>
    <message>
        <source>list SSH keys</source>
        <translation>列出 SSH 密钥</translation>
    </message>
    <message>
        <source>add the SSH key %1</source>
        <translation>添加 SSH 密钥 %1</translation>
    </message>
    <message>
        <source>read pod logs yet (use the SSH terminal)</source>
        <translation>读取 Pod 日志（目前请使用 SSH 终端）</translation>
    </message>
</context>
<context>
    <name>gpudesk::SandboxClient</name>
    <message>
        <source>The Sandbox daemon did not answer within %1 seconds. Look at %2 for the reason, then try again.</source>
        <translation>Sandbox 守护进程在 %1 秒内未响应。请查看 %2 了解原因，然后重试。</translation>
    </message>
    <message>
        <source>The Sandbox daemon gpudesk-sandboxd was not found at %1. Reinstall GPU Desk, or set GPUDESK_SANDBOXD to the program&apos;s path.</source>
        <translation>在 %1 未找到 Sandbox 守护进程 gpudesk-sandboxd。请重新安装 GPU Desk，或将 GPUDESK_SANDBOXD 设为该程序的路径。</translation>
    </message>
    <message>
        <source>The Sandbox cannot create its folder %1. Check the data folder&apos;s permissions.</source>
        <translation>Sandbox 无法创建其目录 %1。请检查数据目录的权限。</translation>
    </message>
    <message>
        <source>The Sandbox daemon %1 could not be started. Check that it is executable.</source>
        <translation>无法启动 Sandbox 守护进程 %1。请检查它是否可执行。</translation>
    </message>
    <message>
        <source>The Sandbox daemon closed the connection before answering (it may have stopped or crashed). Try again: it restarts on demand.</source>
        <translation>Sandbox 守护进程在响应前关闭了连接（可能已停止或崩溃）。请重试：它会在需要时自动重启。</translation>
    </message>
    <message>
        <source>The Sandbox daemon refused the request without saying why. Look at %1.</source>
        <translation>Sandbox 守护进程拒绝了请求，但未说明原因。请查看 %1。</translation>
    </message>
    <message numerus="yes">
        <source>The Sandbox daemon did not answer within %n seconds. It may be overloaded; look at %1 and try again.</source>
        <translation>
            <numerusform>Sandbox 守护进程在 %n 秒内未响应。它可能负载过高；请查看 %1 后重试。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gpudesk::SandboxDaemon</name>
    <message>
        <source>The Sandbox cannot create its folder %1. Check the data folder&apos;s permissions.</source>
        <translation>Sandbox 无法创建其目录 %1。请检查数据目录的权限。</translation>
    </message>
    <message>
        <source>Another Sandbox daemon already serves the data folder %1.</source>
        <translation>已有另一个 Sandbox 守护进程在为数据目录 %1 提供服务。</translation>
    </message>
    <message>
        <source>The Sandbox cannot create its lock file %1. Check the data folder&apos;s permissions.</source>
        <translation>Sandbox 无法创建其锁文件 %1。请检查数据目录的权限。</translation>
    </message>
    <message>
        <source>The Sandbox cannot listen on %1. Check the data folder&apos;s permissions.</source>
        <translation>Sandbox 无法在 %1 上监听。请检查数据目录的权限。</translation>
    </message>
    <message>
        <source>The Sandbox daemon received a request it cannot read.</source>
        <translation>Sandbox 守护进程收到了无法解析的请求。</translation>
    </message>
    <message>
        <source>The Sandbox has no pod &quot;%1&quot;. It may have been removed; refresh the list of jobs.</source>
        <translation>Sandbox 中没有 Pod“%1”。它可能已被删除；请刷新任务列表。</translation>
    </message>
    <message>
        <source>The Sandbox daemon is shutting down. Try again in a moment.</source>
        <translation>Sandbox 守护进程正在关闭。请稍后重试。</translation>
    </message>
    <message>
        <source>The Sandbox daemon does not know the request &quot;%1&quot;. Update GPU Desk so that the app and the daemon match.</source>
        <translation>Sandbox 守护进程无法识别请求“%1”。请更新 GPU Desk，使应用与守护进程版本一致。</translation>
    </message>
    <message>
        <source>The job has no command, so the Sandbox has nothing to run. Give it a command (a pod that only waits for SSH can run `sleep infinity`).</source>
        <translation>该任务没有命令，Sandbox 无可运行的内容。请为其指定命令（仅等待 SSH 连接的 Pod 可以运行 `sleep infinity`）。</translation>
    </message>
    <message numerus="yes">
        <source>The Sandbox runs single-node jobs only, and this job asks for %n nodes. Set nodes to 1, or choose a cloud provider for multi-node jobs.</source>
        <translation>
            <numerusform>Sandbox 只能运行单节点任务，而此任务需要 %n 个节点。请将节点数（nodes）设为 1，或为多节点任务选择云供应商。</numerusform>
        </translation>
    </message>
    <message>
        <source>The Sandbox has no GPU model &quot;%1&quot;. Choose one of the Sandbox offers in the Marketplace.</source>
        <translation>Sandbox 没有 GPU 型号“%1”。请在“市场”中选择一个 Sandbox 报价。</translation>
    </message>
    <message>
        <source>The Sandbox simulates 1 to %1 GPUs per pod; this job asks for %2. Change the GPU count.</source>
        <translation>Sandbox 每个 Pod 可模拟 1 到 %1 块 GPU；此任务需要 %2 块。请修改 GPU 数量。</translation>
    </message>
    <message>
        <source>The Sandbox could not create the pod folder %1. Check free disk space and the data folder&apos;s permissions.</source>
        <translation>Sandbox 无法创建 Pod 目录 %1。请检查磁盘剩余空间以及数据目录的权限。</translation>
    </message>
    <message>
        <source>The Sandbox has no %1 capacity right now (switched off for %2 in Settings → Sandbox or GPUDESK_SANDBOX_NO_CAPACITY).</source>
        <translation>沙盒目前没有 %1 容量（已在“设置 → 沙盒”或 GPUDESK_SANDBOX_NO_CAPACITY 中为 %2 关闭）。</translation>
    </message>
</context>
<context>
    <name>gpudesk::SandboxPod</name>
    <message>
        <source>The Sandbox could not create the pod folder %1. Check free disk space and the data folder&apos;s permissions.</source>
        <translation>Sandbox 无法创建 Pod 目录 %1。请检查磁盘剩余空间以及数据目录的权限。</translation>
    </message>
    <message>
        <source>The Sandbox could not write %1. Check free disk space and the data folder&apos;s permissions.</source>
        <translation>Sandbox 无法写入 %1。请检查磁盘剩余空间以及数据目录的权限。</translation>
    </message>
    <message>
        <source>The Sandbox could not place the simulated nvidia-smi in %1. Check the data folder&apos;s permissions.</source>
        <translation>Sandbox 无法将模拟的 nvidia-smi 放到 %1 中。请检查数据目录的权限。</translation>
    </message>
    <message>
        <source>The Sandbox could not write the pod&apos;s authorized key. Check the data folder&apos;s permissions.</source>
        <translation>Sandbox 无法写入 Pod 的授权公钥。请检查数据目录的权限。</translation>
    </message>
    <message>
        <source>The pod did not start: the Sandbox daemon stopped while starting it. Start it again.</source>
        <translation>Pod 未能启动：Sandbox 守护进程在启动它的过程中停止了。请重新启动该 Pod。</translation>
    </message>
    <message>
        <source>The command exited with code %1.</source>
        <translation>命令已退出，退出码为 %1。</translation>
    </message>
    <message>
        <source>The setup commands exited with code %1; the command did not run.</source>
        <translation>初始化命令以退出码 %1 退出；主命令未运行。</translation>
    </message>
    <message>
        <source>The pod&apos;s main process was killed by signal %1 (%2).</source>
        <translation>Pod 的主进程被信号 %1（%2）终止。</translation>
    </message>
    <message>
        <source>The pod&apos;s processes ended while the Sandbox daemon was not watching, and their exit status is unknown. Look at the pod&apos;s logs, then start it again or terminate it.</source>
        <translation>Pod 的进程在 Sandbox 守护进程未监视期间结束，退出状态未知。请查看 Pod 的日志，然后重新启动或终止它。</translation>
    </message>
    <message>
        <source>Sandbox pod %1 is still stopping. Wait until it has stopped, then start it.</source>
        <translation>Sandbox Pod %1 仍在停止中。请等它停止后再启动。</translation>
    </message>
    <message>
        <source>Sandbox pod %1 is terminated and cannot be started again. Launch a new job.</source>
        <translation>Sandbox Pod %1 已终止，无法再次启动。请启动一个新任务。</translation>
    </message>
    <message>
        <source>Sandbox pod %1 is terminated; there is nothing to stop.</source>
        <translation>Sandbox Pod %1 已终止；没有可停止的内容。</translation>
    </message>
    <message>
        <source>The Sandbox could not end every process of pod %1. %2</source>
        <translation>Sandbox 未能结束 Pod %1 的所有进程。%2</translation>
    </message>
    <message>
        <source>Sandbox pod %1 is terminated; it cannot be reached over SSH any more.</source>
        <translation>Sandbox Pod %1 已终止；无法再通过 SSH 连接。</translation>
    </message>
    <message>
        <source>Sandbox pod %1 is stopped. Start it to reach it over SSH.</source>
        <translation>Sandbox Pod %1 已停止。请先启动它，再通过 SSH 连接。</translation>
    </message>
    <message>
        <source>The SSH server of Sandbox pod %1 is not running: %2</source>
        <translation>Sandbox Pod %1 的 SSH 服务器未运行：%2</translation>
    </message>
    <message>
        <source>The SSH server of Sandbox pod %1 is not running. Stop and start the pod to restart it.</source>
        <translation>Sandbox Pod %1 的 SSH 服务器未运行。请停止并重新启动该 Pod 以重启 SSH 服务器。</translation>
    </message>
    <message>
        <source>The Sandbox could not read the log of pod %1. Check the data folder&apos;s permissions.</source>
        <translation>Sandbox 无法读取 Pod %1 的日志。请检查数据目录的权限。</translation>
    </message>
    <message>
        <source>Processes %1 of the pod did not end even after SIGKILL (they are likely stuck in the kernel, e.g. on a hung file system); restart the computer if they stay.</source>
        <translation>Pod 的进程 %1 在 SIGKILL 之后仍未结束（很可能卡在内核中，例如文件系统无响应）；如果它们一直存在，请重启计算机。</translation>
    </message>
    <message>
        <source>Sandbox pod %1 was preempted and cannot be started again. Launch a new job.</source>
        <translation>沙盒 pod %1 已被抢占，无法再次启动。请启动新任务。</translation>
    </message>
    <message>
        <source>Sandbox pod %1 is %2, not running: there is nothing to preempt.</source>
        <translation>沙盒 pod %1 处于 %2 状态，未在运行：没有可抢占的内容。</translation>
    </message>
    <message>
        <source>Preempted: the Sandbox took the pod back, as a cloud takes back a spot instance.</source>
        <translation>已被抢占：沙盒收回了该 pod，就像云厂商收回竞价实例一样。</translation>
    </message>
</context>
<context>
    <name>gpudesk::SandboxProvider</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
</context>
<context>
    <name>gpudesk::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Providers and keys</source>
        <translation>供应商与密钥</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>数据目录：</translation>
    </message>
    <message>
        <source>Open in file manager</source>
        <translation>在文件管理器中打开</translation>
    </message>
    <message>
        <source>The database (jobs, their history, cached live offers) lives here. Keys never do: they are in your system keychain. Start GPU Desk with --data-dir DIR or set GPUDESK_DATA_DIR to use another folder.</source>
        <translation>数据库（任务及其历史记录、缓存的实时报价）存放在此处。密钥不会存放在这里：它们保存在系统钥匙串中。如需使用其他目录，请用 --data-dir DIR 启动 GPU Desk，或设置 GPUDESK_DATA_DIR。</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Applies the next time GPU Desk starts.</source>
        <translation>在 GPU Desk 下次启动时生效。</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Run the first-start assistant again…</source>
        <translation>再次运行首次启动向导…</translation>
    </message>
    <message>
        <source>Setup:</source>
        <translation>设置向导：</translation>
    </message>
    <message>
        <source>Demo switches of the local Sandbox. With GPU models listed here, the Sandbox refuses to launch them for lack of capacity, as a cloud without free machines does, so &quot;Best available&quot; can be seen moving on to the next offer. GPUDESK_SANDBOX_NO_CAPACITY adds models for one session.</source>
        <translation>本地沙盒的演示开关。在此列出 GPU 型号后，沙盒会以容量不足为由拒绝启动它们，就像没有空闲机器的云厂商一样，从而可以看到“最佳可用”转向下一个报价。GPUDESK_SANDBOX_NO_CAPACITY 可为单次会话追加型号。</translation>
    </message>
    <message>
        <source>none, e.g. H100, B200</source>
        <translation>无，例如 H100, B200</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>No capacity for</source>
        <translation>无容量的型号</translation>
    </message>
    <message>
        <source>The Sandbox launches every GPU model again.</source>
        <translation>沙盒重新启动所有 GPU 型号。</translation>
    </message>
    <message>
        <source>The Sandbox now refuses %1 for lack of capacity.</source>
        <translation>沙盒现在以容量不足为由拒绝 %1。</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>沙盒</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>Terminal font:</source>
        <translation>终端字体：</translation>
    </message>
    <message>
        <source> lines</source>
        <translation> 行</translation>
    </message>
    <message>
        <source>Terminal scrollback:</source>
        <translation>终端回滚行数：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How often nvidia-smi is asked, over SSH, for the GPU utilization of each running job.</source>
        <translation>通过 SSH 调用 nvidia-smi 获取每个运行中任务 GPU 利用率的频率。</translation>
    </message>
    <message>
        <source>GPU sampling every:</source>
        <translation>GPU 采样间隔：</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Forgotten machines</source>
        <translation>被遗忘的机器</translation>
    </message>
    <message>
        <source>One notification per job; jobs with a terminal open are left alone.</source>
        <translation>每个作业只通知一次；打开了终端的作业不受影响。</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Warn when a job has run longer than:</source>
        <translation>作业运行超过以下时长时提醒：</translation>
    </message>
    <message>
        <source>and its GPUs averaged under, over the last hour:</source>
        <translation>且其 GPU 在过去一小时的平均利用率低于：</translation>
    </message>
</context>
<context>
    <name>gpudesk::SshPassphrases</name>
    <message>
        <source>The passphrase kept in %1 no longer opens this key, so it was removed from there.</source>
        <translation>保存在%1中的口令已无法打开此密钥，因此已将其从中删除。</translation>
    </message>
    <message>
        <source>That passphrase does not open the key.</source>
        <translation>该口令无法打开此密钥。</translation>
    </message>
</context>
<context>
    <name>gpudesk::SshSettingsTab</name>
    <message>
        <source>Forget host</source>
        <translation>忘记主机</translation>
    </message>
    <message>
        <source>Key for the machines GPU Desk launches</source>
        <translation>GPU Desk 所启动机器使用的密钥</translation>
    </message>
    <message>
        <source>Use GPU Desk&apos;s own key</source>
        <translation>使用 GPU Desk 自己的密钥</translation>
    </message>
    <message>
        <source>Use another key…</source>
        <translation>使用其他密钥…</translation>
    </message>
    <message>
        <source>Its public half is installed on machines launched from now on; running machines keep the key they were given. The private half never leaves this computer.</source>
        <translation>其公钥会安装到今后启动的机器上；正在运行的机器保留原来的密钥。私钥从不离开这台电脑。</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <source>Trusted hosts</source>
        <translation>受信任的主机</translation>
    </message>
    <message>
        <source>Hosts whose key GPU Desk has checked: recorded on first contact (after you compared the fingerprint) or vouched for by the provider. A host that shows another key is refused; forget it here only if you know its key was replaced. %1 is read too, never changed.</source>
        <translation>GPU Desk 已核对过密钥的主机：在首次连接时（你比对指纹之后）记录，或由供应商担保。出示其他密钥的主机会被拒绝；只有在确认其密钥确实已更换时才在这里忘记它。%1 也会被读取，但从不修改。</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>密钥类型</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>GPU Desk&apos;s own key, made when first needed: %1</source>
        <translation>GPU Desk 自己的密钥，首次需要时生成：%1</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>GPU Desk&apos;s own key</source>
        <translation>GPU Desk 自己的密钥</translation>
    </message>
    <message>
        <source>Your key</source>
        <translation>你的密钥</translation>
    </message>
    <message>
        <source>%1 cannot be used: its public half %2.pub is missing or unreadable (%3).</source>
        <translation>无法使用 %1：其公钥 %2.pub 缺失或无法读取（%3）。</translation>
    </message>
    <message>
        <source>The choice could not be saved in %1.</source>
        <translation>无法将此选择保存到 %1。</translation>
    </message>
    <message>
        <source>Machines launched from now on get this key.</source>
        <translation>今后启动的机器将使用此密钥。</translation>
    </message>
    <message>
        <source>%1 forgotten: the next connection shows its fingerprint and asks again.</source>
        <translation>已忘记 %1：下次连接时会显示其指纹并再次询问。</translation>
    </message>
    <message>
        <source>Start terminals inside tmux when the machine has it</source>
        <translation>机器上有 tmux 时，在 tmux 中启动终端</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>Each terminal gets a tmux session of its own on the machine. After a dropped connection the terminal offers to attach it again, with your programs still running. A single terminal can also switch: More → Continue in tmux.</source>
        <translation>每个终端在机器上拥有自己的 tmux 会话。连接断开后，终端会提示重新连接到该会话，您的程序仍在运行。单个终端也可以切换：更多 → 在 tmux 中继续。</translation>
    </message>
</context>
<context>
    <name>gpudesk::SshWorker</name>
    <message>
        <source>The connection was closed.</source>
        <translation>连接已关闭。</translation>
    </message>
    <message>
        <source>Cannot start an SSH session: out of memory.</source>
        <translation>无法启动 SSH 会话：内存不足。</translation>
    </message>
    <message>
        <source>Connecting to %1 timed out after %2 s. Check the address, that the machine is running, and your network.</source>
        <translation>连接 %1 在 %2 秒后超时。请检查地址是否正确、机器是否正在运行，以及您的网络。</translation>
    </message>
    <message>
        <source>Cannot connect to %1. Check that the machine is running and that port %2 is open.</source>
        <translation>无法连接到 %1。请检查机器是否正在运行，以及端口 %2 是否开放。</translation>
    </message>
    <message>
        <source>%1 did not present a host key.</source>
        <translation>%1 没有提供主机密钥。</translation>
    </message>
    <message>
        <source>Cannot read the host key of %1.</source>
        <translation>无法读取 %1 的主机密钥。</translation>
    </message>
    <message>
        <source>The host key of %1 has changed: it was %2 and is now %3. This can mean that someone is intercepting the connection. The connection was refused. If the pod was re-created, remove the old key in Settings → SSH → Known hosts.</source>
        <translation>%1 的主机密钥已更改：原为 %2，现为 %3。这可能意味着有人正在拦截该连接。连接已被拒绝。如果 Pod 是重新创建的，请在“设置 → SSH → Known hosts”中删除旧密钥。</translation>
    </message>
    <message>
        <source>You did not trust the host key of %1 (%2), so GPU Desk did not connect.</source>
        <translation>您没有信任 %1 的主机密钥（%2），因此 GPU Desk 未进行连接。</translation>
    </message>
    <message>
        <source>%1 closed the connection during login. Try again later.</source>
        <translation>%1 在登录过程中关闭了连接。请稍后重试。</translation>
    </message>
    <message>
        <source>ssh-agent</source>
        <translation>ssh-agent</translation>
    </message>
    <message>
        <source>keyboard-interactive</source>
        <translation>键盘交互</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password for %1@%2:</source>
        <translation>%1@%2 的密码：</translation>
    </message>
    <message>
        <source>no key found</source>
        <translation>未找到密钥</translation>
    </message>
    <message>
        <source>%1 refused every way GPU Desk tried to log in as %2 (%3). Add your public key to ~/.ssh/authorized_keys on the server, or choose the right key for this connection.</source>
        <translation>GPU Desk 尝试以 %2 身份登录 %1 的所有方式均被拒绝（%3）。请将您的公钥添加到服务器上的 ~/.ssh/authorized_keys，或为此连接选择正确的密钥。</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 关闭了连接。</translation>
    </message>
    <message>
        <source>%1 did not open a shell. Check that your account there has a login shell.</source>
        <translation>%1 没有打开 shell。请检查您在该机器上的账户是否设置了登录 shell。</translation>
    </message>
    <message>
        <source>Cannot run the command: GPU Desk is not connected to %1.</source>
        <translation>无法运行命令：GPU Desk 未连接到 %1。</translation>
    </message>
    <message>
        <source>%1 refused to run the command. Try again; if it keeps failing, reconnect.</source>
        <translation>%1 拒绝运行该命令。请重试；如果仍然失败，请重新连接。</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1 for the forward to %2:%3. Choose another local port, or 0 for any free one.</source>
        <translation>无法在 127.0.0.1:%1 上监听以转发到 %2:%3。请选择其他本地端口，或填 0 以使用任一空闲端口。</translation>
    </message>
    <message>
        <source>%1 refused to forward a connection to %2:%3. Check that the service runs there and that the server allows TCP forwarding.</source>
        <translation>%1 拒绝将连接转发到 %2:%3。请检查该服务是否正在运行，以及服务器是否允许 TCP 转发。</translation>
    </message>
    <message>
        <source>%1 stopped answering (no reply to %2 keepalives).</source>
        <translation>%1 已停止响应（连续 %2 次保活探测均无回复）。</translation>
    </message>
    <message>
        <source>The command did not finish: %1</source>
        <translation>命令未能执行完毕：%1</translation>
    </message>
    <message>
        <source>disconnected.</source>
        <translation>连接已断开。</translation>
    </message>
    <message numerus="yes">
        <source>The connection to %1 was lost and %n attempt(s) to reconnect failed. %2</source>
        <translation>
            <numerusform>与 %1 的连接已断开，重连 %n 次仍未成功。%2</numerusform>
        </translation>
    </message>
    <message>
        <source>GPU Desk is not connected to %1.</source>
        <translation>GPU Desk 未连接到 %1。</translation>
    </message>
    <message>
        <source>%1 does not offer file transfer (SFTP). Check that its SSH server has the sftp subsystem.</source>
        <translation>%1 不提供文件传输（SFTP）。请检查其 SSH 服务器是否启用了 sftp 子系统。</translation>
    </message>
    <message>
        <source>%1 did not accept that answer. Try again (attempt %2 of %3).</source>
        <translation>%1 未接受该回答。请重试（第 %2 次，共 %3 次）。</translation>
    </message>
    <message>
        <source>%1 stopped answering during a file transfer.</source>
        <translation>%1 在文件传输过程中停止响应。</translation>
    </message>
    <message>
        <source>%1 stopped answering while listing %2.</source>
        <translation>%1 在列出 %2 时停止响应。</translation>
    </message>
</context>
<context>
    <name>gpudesk::StackedBarChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
</context>
<context>
    <name>gpudesk::TerminalTab</name>
    <message>
        <source>Reconnect</source>
        <translation>重新连接</translation>
    </message>
    <message>
        <source>Open Jupyter</source>
        <translation>打开 Jupyter</translation>
    </message>
    <message>
        <source>Forward a port…</source>
        <translation>转发端口…</translation>
    </message>
    <message>
        <source>Finds the Jupyter server on the machine, forwards it to a free local port and opens your browser.</source>
        <translation>查找机器上的 Jupyter 服务器，将其转发到一个空闲的本地端口，并在浏览器中打开。</translation>
    </message>
    <message>
        <source>Port forwards of this terminal. Double-click one to open it, Delete to remove it.</source>
        <translation>此终端的端口转发。双击可打开，按 Delete 键可删除。</translation>
    </message>
    <message numerus="yes">
        <source>The connection dropped. Reconnecting (attempt %1) in %n second(s)…</source>
        <translation>
            <numerusform>连接已断开。%n 秒后重新连接（第 %1 次尝试）…</numerusform>
        </translation>
    </message>
    <message>
        <source><byte value="xd"/>
[The shell ended with status %1. Press Reconnect for a new one.]<byte value="xd"/>
</source>
        <translation><byte value="xd"/>
[Shell 已退出，状态码 %1。按“重新连接”可启动新的 shell。]<byte value="xd"/>
</translation>
    </message>
    <message>
        <source>Connecting to %1@%2…</source>
        <translation>正在连接 %1@%2…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation>正在登录 %1…</translation>
    </message>
    <message>
        <source>Connected to %1 (job %2)</source>
        <translation>已连接到 %1（任务 %2）</translation>
    </message>
    <message>
        <source>Disconnected from %1.</source>
        <translation>已断开与 %1 的连接。</translation>
    </message>
    <message>
        <source>First connection to %1</source>
        <translation>首次连接到 %1</translation>
    </message>
    <message>
        <source>GPU Desk has not connected to %1 before, and the provider did not vouch for its key.

%2 key fingerprint:
%3

Trust this machine?</source>
        <translation>GPU Desk 之前从未连接过 %1，供应商也没有为其密钥提供担保。

%2 密钥指纹：
%3

是否信任这台机器？</translation>
    </message>
    <message>
        <source>Trust and remember</source>
        <translation>信任并记住</translation>
    </message>
    <message>
        <source>Trust this time</source>
        <translation>仅本次信任</translation>
    </message>
    <message>
        <source>Looking for Jupyter on the machine…</source>
        <translation>正在机器上查找 Jupyter…</translation>
    </message>
    <message>
        <source>No Jupyter server is running on the machine. Start one (the Jupyter template does) and try again.</source>
        <translation>机器上没有正在运行的 Jupyter 服务器。请先启动一个（Jupyter 模板会自动启动），然后重试。</translation>
    </message>
    <message>
        <source>Jupyter is at 127.0.0.1:%1 (forwarded from port %2 on the machine).</source>
        <translation>Jupyter 位于 127.0.0.1:%1（由机器上的端口 %2 转发）。</translation>
    </message>
    <message>
        <source>Forward a port</source>
        <translation>转发端口</translation>
    </message>
    <message>
        <source>Port on the machine (it will be reachable on a free local port):</source>
        <translation>机器上的端口（将通过一个空闲的本地端口访问）：</translation>
    </message>
    <message>
        <source>127.0.0.1:%1 → port %2 on the machine</source>
        <translation>127.0.0.1:%1 → 机器上的端口 %2</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>下载…</translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation>上传…</translation>
    </message>
    <message>
        <source>Copies files or a folder from this computer to the shell&apos;s current folder on the machine (over SFTP).</source>
        <translation>将本机的文件或文件夹复制到该机器上 shell 的当前文件夹（通过 SFTP）。</translation>
    </message>
    <message>
        <source>Upload Files…</source>
        <translation>上传文件…</translation>
    </message>
    <message>
        <source>Upload Folder…</source>
        <translation>上传文件夹…</translation>
    </message>
    <message>
        <source>Copies a file or folder from the machine to this computer (over SFTP).</source>
        <translation>将该机器上的文件或文件夹复制到本机（通过 SFTP）。</translation>
    </message>
    <message>
        <source>Uploading %1 to %2</source>
        <translation>正在上传 %1 到 %2</translation>
    </message>
    <message>
        <source>Uploaded %1 to %2</source>
        <translation>已上传 %1 到 %2</translation>
    </message>
    <message>
        <source>Downloading %1 to %2</source>
        <translation>正在下载 %1 到 %2</translation>
    </message>
    <message>
        <source>Downloaded %1 to %2</source>
        <translation>已下载 %1 到 %2</translation>
    </message>
    <message>
        <source>Upload a folder to %1</source>
        <translation>上传文件夹到 %1</translation>
    </message>
    <message>
        <source>Upload files to %1</source>
        <translation>上传文件到 %1</translation>
    </message>
    <message>
        <source>Download from %1</source>
        <translation>从 %1 下载</translation>
    </message>
    <message>
        <source>File or folder on the machine (relative to %1):</source>
        <translation>该机器上的文件或文件夹（相对于 %1）：</translation>
    </message>
    <message>
        <source>Save into</source>
        <translation>保存到</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Shows the files in the shell&apos;s current folder on the machine.</source>
        <translation>显示该机器上 shell 当前文件夹中的文件。</translation>
    </message>
    <message>
        <source>Double-click a folder to open it, a file to download it to your Downloads folder.</source>
        <translation>双击文件夹将其打开，双击文件将其下载到“下载”文件夹。</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>tmux, and in a narrow pane files, transfers, Jupyter, port forwards and Reconnect.</source>
        <translation>tmux；窗格较窄时还包括文件、传输、Jupyter、端口转发和重新连接。</translation>
    </message>
    <message>
        <source>Continue in tmux</source>
        <translation>在 tmux 中继续</translation>
    </message>
    <message>
        <source>Replaces this shell with a tmux session on the machine: what runs in it survives a dropped connection, and the tab offers to attach it again after reconnecting.</source>
        <translation>用机器上的 tmux 会话替换此 shell：其中运行的程序在连接断开后仍会保留，重新连接后标签页会提示重新接入该会话。</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>接入</translation>
    </message>
    <message>
        <source>Replaces this new shell with the tmux session, with the programs that kept running in it.</source>
        <translation>用 tmux 会话替换这个新 shell，会话中的程序一直在运行。</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>tmux is not installed on %1.</source>
        <translation>%1 上没有安装 tmux。</translation>
    </message>
    <message>
        <source>In tmux session %1</source>
        <translation>在 tmux 会话 %1 中</translation>
    </message>
    <message>
        <source>Your tmux session %1 is still running on the machine.</source>
        <translation>您的 tmux 会话 %1 仍在机器上运行。</translation>
    </message>
    <message>
        <source>A tmux session from an earlier GPU Desk terminal, %1, is still running on the machine.</source>
        <translation>之前某个 GPU Desk 终端启动的 tmux 会话 %1 仍在该机器上运行。</translation>
    </message>
</context>
<context>
    <name>gpudesk::TerminalView</name>
    <message>
        <source>Paste several lines?</source>
        <translation>要粘贴多行文本吗？</translation>
    </message>
    <message numerus="yes">
        <source>The text has %n line(s). The shell may run each line as a command as soon as it arrives. Paste it?</source>
        <translation>
            <numerusform>该文本共有 %n 行。Shell 可能会在每一行到达时立即将其作为命令执行。确定要粘贴吗？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gpudesk::TerminalsPage</name>
    <message>
        <source>&lt;h3&gt;No terminal open&lt;/h3&gt;&lt;p&gt;Select a running job in Jobs and press &lt;b&gt;Open terminal&lt;/b&gt;.&lt;br&gt;Terminals reconnect by themselves after a network blip, forward ports, and open the machine&apos;s Jupyter in one click.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;没有打开的终端&lt;/h3&gt;&lt;p&gt;在“任务”中选择一个运行中的任务，然后点击&lt;b&gt;打开终端&lt;/b&gt;。&lt;br&gt;终端会在网络短暂中断后自动重连，支持端口转发，并可一键打开机器上的 Jupyter。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Job %1 · %2@%3:%4</source>
        <translation>任务 %1 · %2@%3:%4</translation>
    </message>
    <message>
        <source>%1@%2:%3</source>
        <translation>%1@%2:%3</translation>
    </message>
    <message>
        <source>Split Right</source>
        <translation>向右拆分</translation>
    </message>
    <message>
        <source>Split Down</source>
        <translation>向下拆分</translation>
    </message>
    <message>
        <source>Close Pane</source>
        <translation>关闭窗格</translation>
    </message>
    <message>
        <source>A second shell beside this one, on its own connection to the same machine.</source>
        <translation>在此旁边再开一个 shell，使用到同一台机器的独立连接。</translation>
    </message>
    <message>
        <source>A second shell below this one, on its own connection to the same machine.</source>
        <translation>在此下方再开一个 shell，使用到同一台机器的独立连接。</translation>
    </message>
    <message>
        <source>Closes the focused pane and its connection (the last pane closes the tab).</source>
        <translation>关闭当前焦点所在的窗格及其连接（关闭最后一个窗格会关闭标签页）。</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <source>Another shell on the same machine, beside or below this one.</source>
        <translation>在同一台机器上再开一个 shell，位于此窗格的右侧或下方。</translation>
    </message>
    <message>
        <source>Close Tab</source>
        <translation>关闭标签页</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
    <message>
        <source>Not connected: see the tab for why</source>
        <translation>未连接：原因见标签页</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>已断开</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n pane(s))</source>
        <translation>
            <numerusform>%1（%n 个窗格）</numerusform>
        </translation>
    </message>
    <message>
        <source>Focus Pane Left</source>
        <translation>聚焦左侧窗格</translation>
    </message>
    <message>
        <source>Focus Pane Right</source>
        <translation>聚焦右侧窗格</translation>
    </message>
    <message>
        <source>Focus Pane Above</source>
        <translation>聚焦上方窗格</translation>
    </message>
    <message>
        <source>Focus Pane Below</source>
        <translation>聚焦下方窗格</translation>
    </message>
</context>
<context>
    <name>gpudesk::TimeSeriesChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 (min %3, max %4)</source>
        <translation>%1：%2（最小 %3，最大 %4）</translation>
    </message>
</context>
<context>
    <name>gpudesk::VastProvider</name>
    <message>
        <source>Vast.ai</source>
        <translation>Vast.ai</translation>
    </message>
    <message>
        <source>Vast.ai sent a response GPU Desk could not read while trying to %1: %2.</source>
        <translation>尝试%1时，Vast.ai 返回了 GPU Desk 无法解析的响应：%2。</translation>
    </message>
    <message>
        <source>No Vast.ai API key is set. Add it in Settings → Providers → Vast.ai, or set VAST_API_KEY.</source>
        <translation>未设置 Vast.ai API 密钥。请在 设置 → 供应商 → Vast.ai 中添加，或设置 VAST_API_KEY。</translation>
    </message>
    <message>
        <source>Vast.ai no longer offers that machine (it was rented or withdrawn) while trying to %1. Pick another offer.</source>
        <translation>尝试%1时，Vast.ai 已不再提供该机器（已被租用或下架）。请选择其他报价。</translation>
    </message>
    <message>
        <source>Vast.ai refused to %1: %2</source>
        <translation>Vast.ai 拒绝%1：%2</translation>
    </message>
    <message>
        <source>search offers</source>
        <translation>搜索报价</translation>
    </message>
    <message>
        <source>an offer lacks its id, GPU, GPU count or $/h</source>
        <translation>某个报价缺少 ID、GPU、GPU 数量或每小时价格（$/h）</translation>
    </message>
    <message>
        <source>Vast.ai API: search offers (dph_total)</source>
        <translation>Vast.ai API：搜索报价（dph_total）</translation>
    </message>
    <message>
        <source>Vast.ai did not accept the API key while trying to search offers. Check Settings → Providers → Vast.ai.</source>
        <translation>尝试搜索报价时，Vast.ai 未接受该 API 密钥。请检查 设置 → 供应商 → Vast.ai。</translation>
    </message>
    <message>
        <source>no &quot;offers&quot; list</source>
        <translation>缺少 &quot;offers&quot; 列表</translation>
    </message>
    <message>
        <source>no offer had an id, GPU and price</source>
        <translation>没有任何报价同时具有 ID、GPU 和价格</translation>
    </message>
    <message>
        <source>an instance is not a JSON object</source>
        <translation>某个实例不是 JSON 对象</translation>
    </message>
    <message>
        <source>an instance has no id</source>
        <translation>某个实例没有 ID</translation>
    </message>
    <message>
        <source>Vast.ai rents a listed machine: pick one of its live offers (refresh the Vast.ai offers first).</source>
        <translation>Vast.ai 租用的是已上架的机器：请选择它的一个实时报价（请先刷新 Vast.ai 的报价）。</translation>
    </message>
    <message>
        <source>Vast.ai runs containers: set an image.</source>
        <translation>Vast.ai 运行的是容器：请设置镜像。</translation>
    </message>
    <message>
        <source>rent the offer</source>
        <translation>租用该报价</translation>
    </message>
    <message>
        <source>no &quot;new_contract&quot; id</source>
        <translation>缺少 &quot;new_contract&quot; ID</translation>
    </message>
    <message>
        <source>list instances</source>
        <translation>列出实例</translation>
    </message>
    <message>
        <source>&quot;instances&quot; is not a list</source>
        <translation>&quot;instances&quot; 不是列表</translation>
    </message>
    <message>
        <source>read an instance</source>
        <translation>读取实例</translation>
    </message>
    <message>
        <source>Vast.ai has no such instance.</source>
        <translation>Vast.ai 上不存在该实例。</translation>
    </message>
    <message>
        <source>stop an instance</source>
        <translation>停止实例</translation>
    </message>
    <message>
        <source>start an instance</source>
        <translation>启动实例</translation>
    </message>
    <message>
        <source>destroy an instance</source>
        <translation>销毁实例</translation>
    </message>
    <message>
        <source>read an instance&apos;s SSH address</source>
        <translation>读取实例的 SSH 地址</translation>
    </message>
    <message>
        <source>Vast.ai has not given the instance an SSH address yet; try again when it is running.</source>
        <translation>Vast.ai 尚未为该实例分配 SSH 地址；请在其运行后重试。</translation>
    </message>
    <message>
        <source>fetch logs</source>
        <translation>获取日志</translation>
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
    <message>
        <source>Colour theme: system, light or dark (default: as set in Settings).</source>
        <translation>配色主题：system、light 或 dark（默认：按“设置”中的选择）。</translation>
    </message>
    <message>
        <source>Open a terminal to URL (ssh://user@host:port) at start.</source>
        <translation>启动时打开连接到 URL（ssh://user@host:port）的终端。</translation>
    </message>
    <message>
        <source>The private key for --connect (default: ssh-agent, then ~/.ssh keys).</source>
        <translation>--connect 使用的私钥（默认：先 ssh-agent，再 ~/.ssh 中的密钥）。</translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot;; use system, light or dark</source>
        <translation>未知主题“%1”；请使用 system、light 或 dark</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
</context>
</TS>
