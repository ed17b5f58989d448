#include "JobDialog.h"

#include "catalog/Catalog.h"
#include "jobs/JobTemplates.h"
#include "jobs/JobYaml.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gpudesk {

namespace {

QPlainTextEdit *codeEdit(QWidget *parent, int lines)
{
    auto *e = new QPlainTextEdit(parent);
    e->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    e->setTabChangesFocus(true);
    e->setFixedHeight(e->fontMetrics().lineSpacing() * lines + 12);
    return e;
}

} // namespace

JobDialog::JobDialog(const Catalog &catalog, QStringList providerIds, QWidget *parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_providerIds(std::move(providerIds))
{
    setWindowTitle(tr("New job"));
    setObjectName(QStringLiteral("jobDialog"));
    build();
    JobSpec initial;
    initial.name = QStringLiteral("dev-pod");
    initial.providerId = m_providerIds.value(0);
    initial.gpuCount = 1;
    m_base = initial;
    writeFields(initial);
    applyTemplate(JobTemplates::DevPodId);
    resize(1180, 820);
}

void JobDialog::build()
{
    auto *outer = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);

    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *formHost = new QWidget(scroll);
    auto *formColumn = new QVBoxLayout(formHost);

    auto group = [&](const QString &title) {
        auto *box = new QGroupBox(title, formHost);
        auto *form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        formColumn->addWidget(box);
        return form;
    };

    QFormLayout *start = group(tr("Start from"));
    m_template = new QComboBox(formHost);
    m_template->setObjectName(QStringLiteral("template"));
    for (const JobTemplate &t : JobTemplates::all())
        m_template->addItem(t.displayName, t.id);
    m_template->addItem(tr("Custom"), QString());
    m_templateHelp = new QLabel(formHost);
    m_templateHelp->setWordWrap(true);
    m_templateHelp->setStyleSheet(QStringLiteral("color: gray;"));
    start->addRow(tr("Template"), m_template);
    start->addRow(QString(), m_templateHelp);
    connect(m_template, &QComboBox::activated, this, [this] { applyTemplate(m_template->currentData().toString()); });

    QFormLayout *where = group(tr("Where it runs"));
    m_name = new QLineEdit(formHost);
    m_name->setObjectName(QStringLiteral("name"));
    m_project = new QLineEdit(formHost);
    m_project->setObjectName(QStringLiteral("project"));
    m_project->setPlaceholderText(tr("default (for cost reports)"));
    m_provider = new QComboBox(formHost);
    m_provider->setObjectName(QStringLiteral("provider"));
    for (const QString &id : std::as_const(m_providerIds)) {
        const ProviderInfo *p = ProviderDirectory::byId(id);
        m_provider->addItem(p ? p->displayName : id, id);
    }
    m_offer = new QComboBox(formHost);
    m_offer->setObjectName(QStringLiteral("offer"));
    m_offer->setMaxVisibleItems(20);
    m_gpuModel = new QLineEdit(formHost);
    m_gpuModel->setObjectName(QStringLiteral("gpuModel"));
    m_gpuCount = new QSpinBox(formHost);
    m_gpuCount->setObjectName(QStringLiteral("gpuCount"));
    m_gpuCount->setRange(0, 64);
    m_nodes = new QSpinBox(formHost);
    m_nodes->setObjectName(QStringLiteral("nodes"));
    m_nodes->setRange(1, JobSpecValidator::kMaxNodes);
    m_region = new QLineEdit(formHost);
    m_region->setPlaceholderText(tr("any"));
    m_spot = new QCheckBox(tr("Spot / interruptible (cheaper, may be preempted)"), formHost);
    where->addRow(tr("Name"), m_name);
    where->addRow(tr("Project"), m_project);
    where->addRow(tr("Provider"), m_provider);
    where->addRow(tr("Offer"), m_offer);
    where->addRow(tr("GPU model"), m_gpuModel);
    where->addRow(tr("GPUs per node"), m_gpuCount);
    where->addRow(tr("Nodes"), m_nodes);
    where->addRow(tr("Region"), m_region);
    where->addRow(QString(), m_spot);

    QFormLayout *placement = group(tr("Placement (best available)"));
    m_placementBox = placement->parentWidget();
    m_placementBox->setObjectName(QStringLiteral("placement"));
    m_placeProviders = new QLineEdit(formHost);
    m_placeProviders->setObjectName(QStringLiteral("placeProviders"));
    m_placeProviders->setPlaceholderText(tr("every provider that can launch, e.g. lambda, runpod"));
    m_prefer = new QComboBox(formHost);
    m_prefer->setObjectName(QStringLiteral("prefer"));
    for (auto p : {PlacementConstraints::Preference::Price, PlacementConstraints::Preference::Nearest,
                   PlacementConstraints::Preference::Newest, PlacementConstraints::Preference::Listed})
        m_prefer->addItem(PlacementConstraints::preferenceDisplayName(p), PlacementConstraints::preferenceKey(p));
    m_maxPrice = new QLineEdit(formHost);
    m_maxPrice->setObjectName(QStringLiteral("maxPrice"));
    m_maxPrice->setPlaceholderText(tr("none, e.g. 4"));
    m_recover = new QCheckBox(tr("Relaunch elsewhere if preempted"), formHost);
    m_recover->setObjectName(QStringLiteral("recover"));
    placement->addRow(tr("Providers"), m_placeProviders);
    placement->addRow(tr("Prefer"), m_prefer);
    placement->addRow(tr("Max $/h per machine"), m_maxPrice);
    placement->addRow(QString(), m_recover);
    m_placementBox->hide();

    QFormLayout *what = group(tr("What it runs"));
    m_image = new QLineEdit(formHost);
    m_image->setObjectName(QStringLiteral("image"));
    m_imageNote = new QLabel(tr("The Sandbox records the image but does not pull it: the command runs on this "
                                "computer, in the pod's own folder."),
                             formHost);
    m_imageNote->setWordWrap(true);
    m_imageNote->setStyleSheet(QStringLiteral("color: #e65100;"));
    m_setup = codeEdit(formHost, 2);
    m_command = codeEdit(formHost, 4);
    m_command->setObjectName(QStringLiteral("command"));
    m_env = new QTableWidget(0, 2, formHost);
    m_env->setObjectName(QStringLiteral("env"));
    m_env->setHorizontalHeaderLabels({tr("Variable"), tr("Value")});
    m_env->horizontalHeader()->setStretchLastSection(true);
    m_env->verticalHeader()->hide();
    m_env->setFixedHeight(130);
    m_env->setColumnWidth(0, 190);
    auto *envButtons = new QHBoxLayout();
    auto *addEnv = new QPushButton(tr("Add variable"), formHost);
    auto *removeEnv = new QPushButton(tr("Remove"), formHost);
    envButtons->addWidget(addEnv);
    envButtons->addWidget(removeEnv);
    envButtons->addStretch(1);
    connect(addEnv, &QPushButton::clicked, this, [this] {
        m_env->insertRow(m_env->rowCount());
        m_env->setItem(m_env->rowCount() - 1, 0, new QTableWidgetItem());
        m_env->setItem(m_env->rowCount() - 1, 1, new QTableWidgetItem());
        m_env->editItem(m_env->item(m_env->rowCount() - 1, 0));
    });
    connect(removeEnv, &QPushButton::clicked, this, [this] {
        if (m_env->currentRow() >= 0)
            m_env->removeRow(m_env->currentRow());
        revalidate();
    });
    m_ports = new QLineEdit(formHost);
    m_ports->setPlaceholderText(tr("e.g. 8888, 6006"));
    m_volumes = new QLineEdit(formHost);
    m_volumes->setPlaceholderText(tr("e.g. data:/data, /scratch:/scratch"));
    m_disk = new QSpinBox(formHost);
    m_disk->setRange(0, 100000);
    m_disk->setSuffix(tr(" GB"));
    m_disk->setSpecialValueText(tr("provider default"));
    what->addRow(tr("Container image"), m_image);
    what->addRow(QString(), m_imageNote);
    what->addRow(tr("Setup"), m_setup);
    what->addRow(tr("Command"), m_command);
    what->addRow(tr("Environment"), m_env);
    what->addRow(QString(), envButtons);
    what->addRow(tr("Ports"), m_ports);
    what->addRow(tr("Volumes"), m_volumes);
    what->addRow(tr("Disk"), m_disk);

    QFormLayout *limits = group(tr("Limits"));
    m_maxRuntime = new QLineEdit(formHost);
    m_maxRuntime->setObjectName(QStringLiteral("maxRuntime"));
    m_maxRuntime->setPlaceholderText(tr("none, e.g. 2h or 90m"));
    m_maxCost = new QLineEdit(formHost);
    m_maxCost->setObjectName(QStringLiteral("maxCost"));
    m_maxCost->setPlaceholderText(tr("none, e.g. 25"));
    m_idleStop = new QLineEdit(formHost);
    m_idleStop->setPlaceholderText(tr("never, e.g. 30m"));
    m_sshKey = new QLineEdit(formHost);
    m_sshKey->setPlaceholderText(tr("GPU Desk's own key"));
    limits->addRow(tr("Max runtime"), m_maxRuntime);
    limits->addRow(tr("Max cost ($)"), m_maxCost);
    limits->addRow(tr("Stop when idle for"), m_idleStop);
    limits->addRow(tr("SSH key"), m_sshKey);
    formColumn->addStretch(1);
    scroll->setWidget(formHost);

    auto *side = new QWidget(splitter);
    auto *sideLayout = new QVBoxLayout(side);
    m_estimate = new QLabel(side);
    m_estimate->setObjectName(QStringLiteral("estimate"));
    m_estimate->setWordWrap(true);
    m_estimate->setStyleSheet(QStringLiteral("font-size: 14pt;"));
    m_errorList = new QLabel(side);
    m_errorList->setObjectName(QStringLiteral("errors"));
    m_errorList->setWordWrap(true);
    m_errorList->setTextFormat(Qt::RichText);
    m_preview = new QPlainTextEdit(side);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_rankingBox = new QWidget(side);
    auto *rankingLayout = new QVBoxLayout(m_rankingBox);
    rankingLayout->setContentsMargins(0, 0, 0, 0);
    m_rankingSummary = new QLabel(m_rankingBox);
    m_rankingSummary->setObjectName(QStringLiteral("rankingSummary"));
    m_rankingSummary->setWordWrap(true);
    m_candidates = new QTableWidget(0, 6, m_rankingBox);
    m_candidates->setObjectName(QStringLiteral("candidates"));
    m_candidates->setHorizontalHeaderLabels({tr("#"), tr("Provider"), tr("GPUs"), tr("Region"), tr("$/h"), tr("Why")});
    m_candidates->verticalHeader()->hide();
    m_candidates->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_candidates->setSelectionMode(QAbstractItemView::NoSelection);
    m_candidates->setWordWrap(true);
    m_candidates->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_candidates->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_candidates->setMinimumHeight(220);
    // The reasons wrap: rows follow the width of the "Why" column.
    connect(m_candidates->horizontalHeader(), &QHeaderView::sectionResized, m_candidates,
            [this] { m_candidates->resizeRowsToContents(); });
    rankingLayout->addWidget(m_rankingSummary);
    rankingLayout->addWidget(m_candidates, 1);
    m_rankingBox->hide();
    sideLayout->addWidget(m_estimate);
    sideLayout->addWidget(m_errorList);
    sideLayout->addWidget(m_rankingBox, 2);
    sideLayout->addWidget(new QLabel(tr("The job as YAML (what gpudesk-cli launch reads):"), side));
    sideLayout->addWidget(m_preview, 1);
    splitter->addWidget(scroll);
    splitter->addWidget(side);
    splitter->setSizes({640, 520});
    outer->addWidget(splitter, 1);

    auto *buttons = new QDialogButtonBox(this);
    auto *open = buttons->addButton(tr("Open YAML…"), QDialogButtonBox::ActionRole);
    auto *save = buttons->addButton(tr("Save YAML…"), QDialogButtonBox::ActionRole);
    m_launch = buttons->addButton(tr("Launch"), QDialogButtonBox::AcceptRole);
    m_launch->setObjectName(QStringLiteral("launch"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(open, &QPushButton::clicked, this, &JobDialog::openYaml);
    connect(save, &QPushButton::clicked, this, &JobDialog::saveYaml);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addWidget(buttons);

    const auto changed = [this] { revalidate(); };
    for (QLineEdit *e : {m_name, m_project, m_gpuModel, m_region, m_image, m_ports, m_volumes, m_maxRuntime,
                         m_maxCost, m_idleStop, m_sshKey, m_placeProviders, m_maxPrice})
        connect(e, &QLineEdit::textChanged, this, changed);
    for (QPlainTextEdit *e : {m_setup, m_command})
        connect(e, &QPlainTextEdit::textChanged, this, changed);
    for (QSpinBox *s : {m_gpuCount, m_nodes, m_disk})
        connect(s, &QSpinBox::valueChanged, this, changed);
    connect(m_spot, &QCheckBox::toggled, this, changed);
    connect(m_recover, &QCheckBox::toggled, this, changed);
    connect(m_prefer, &QComboBox::currentIndexChanged, this, changed);
    connect(m_env, &QTableWidget::itemChanged, this, changed);
    connect(m_provider, &QComboBox::currentIndexChanged, this, [this] {
        populateOffers();
        revalidate();
    });
    connect(m_offer, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        if (const auto o = offer()) {
            const QSignalBlocker a(m_gpuModel);
            const QSignalBlocker b(m_gpuCount);
            m_gpuModel->setText(o->gpuModel);
            m_gpuCount->setValue(o->gpuCount);
        }
        revalidate();
    });
}

void JobDialog::populateOffers()
{
    m_updating = true;
    const QString provider = m_provider->currentData().toString();
    const int previous = m_offer->currentData().toInt();
    m_offer->clear();
    m_offer->addItem(tr("Any offer with these GPUs"), -1);
    const auto &offers = m_catalog.offers();
    std::vector<int> indices;
    for (int i = 0; i < int(offers.size()); ++i) {
        if (offers[size_t(i)].providerId == provider)
            indices.push_back(i);
    }
    std::sort(indices.begin(), indices.end(), [&](int a, int b) {
        const auto &x = offers[size_t(a)];
        const auto &y = offers[size_t(b)];
        return std::tie(x.gpuModel, x.gpuCount, x.instanceType) < std::tie(y.gpuModel, y.gpuCount, y.instanceType);
    });
    for (int i : indices) {
        const Offer &o = offers[size_t(i)];
        const QString price = o.pricePerHour ? tr("%1/h").arg(o.pricePerHour->toString(2)) : tr("quote");
        m_offer->addItem(tr("%1 × %2 — %3 (%4, %5)")
                             .arg(o.gpuCount)
                             .arg(o.gpuModel, o.instanceType, price, m_catalog.provenance(o)),
                         i);
    }
    const int again = m_offer->findData(previous);
    m_offer->setCurrentIndex(again > 0 ? again : 0);
    m_updating = false;
}

std::optional<Offer> JobDialog::offer() const
{
    const int index = m_offer->currentData().toInt();
    if (index < 0 || size_t(index) >= m_catalog.offers().size())
        return std::nullopt;
    return m_catalog.offers()[size_t(index)];
}

void JobDialog::setOffer(int offerIndex)
{
    if (offerIndex < 0 || size_t(offerIndex) >= m_catalog.offers().size())
        return;
    const Offer &o = m_catalog.offers()[size_t(offerIndex)];
    const int p = m_provider->findData(o.providerId);
    if (p < 0)
        return;
    m_provider->setCurrentIndex(p);
    populateOffers();
    m_offer->setCurrentIndex(std::max(0, m_offer->findData(offerIndex)));
    m_gpuModel->setText(o.gpuModel);
    m_gpuCount->setValue(o.gpuCount);
    revalidate();
}

void JobDialog::applyTemplate(const QString &templateId)
{
    JobSpec s = spec();
    if (!templateId.isEmpty())
        s = JobTemplates::apply(templateId, s);
    else
        s.templateId.clear();
    m_base = s;
    writeFields(s);
}

void JobDialog::setSpec(const JobSpec &s)
{
    m_base = s;
    writeFields(s);
}

void JobDialog::writeFields(const JobSpec &s)
{
    m_updating = true;
    const int t = m_template->findData(s.templateId);
    m_template->setCurrentIndex(t >= 0 ? t : m_template->count() - 1);
    const auto tmpl = JobTemplates::find(s.templateId);
    m_templateHelp->setText(tmpl ? tmpl->description : tr("Fill in every field yourself."));
    m_name->setText(s.name);
    m_project->setText(s.project);
    const int p = m_provider->findData(s.providerId);
    if (p >= 0)
        m_provider->setCurrentIndex(p);
    if (s.isAutoPlaced()) {
        QStringList gpus = s.placement.gpuModels;
        if (s.placement.minGpuMemoryGb > 0)
            gpus.append(QStringLiteral("%1GB+").arg(s.placement.minGpuMemoryGb));
        m_gpuModel->setText(gpus.isEmpty() ? s.gpuModel : gpus.join(QStringLiteral(", ")));
    } else {
        m_gpuModel->setText(s.gpuModel);
    }
    m_placeProviders->setText(s.placement.providers.join(QStringLiteral(", ")));
    m_prefer->setCurrentIndex(std::max(0, m_prefer->findData(PlacementConstraints::preferenceKey(s.placement.prefer))));
    m_maxPrice->setText(s.maxPricePerHour ? s.maxPricePerHour->toDecimalString() : QString());
    m_recover->setChecked(s.allowedRestarts() > 0);
    m_gpuCount->setValue(s.gpuCount);
    m_nodes->setValue(std::max(1, s.nodes));
    m_region->setText(s.region);
    m_spot->setChecked(s.spot);
    m_image->setText(s.image);
    m_setup->setPlainText(s.setup);
    m_command->setPlainText(s.command);
    m_env->setRowCount(0);
    for (const auto &e : s.env) {
        const int row = m_env->rowCount();
        m_env->insertRow(row);
        m_env->setItem(row, 0, new QTableWidgetItem(e.name));
        m_env->setItem(row, 1, new QTableWidgetItem(e.value));
    }
    QStringList ports;
    for (int port : s.ports)
        ports << QString::number(port);
    m_ports->setText(ports.join(QStringLiteral(", ")));
    m_volumes->setText(s.volumes.join(QStringLiteral(", ")));
    m_disk->setValue(s.diskGb);
    m_maxRuntime->setText(s.maxRuntimeMinutes > 0 ? JobYaml::formatMinutes(s.maxRuntimeMinutes) : QString());
    m_maxCost->setText(s.maxCost ? s.maxCost->toDecimalString() : QString());
    m_idleStop->setText(s.idleStopMinutes > 0 ? JobYaml::formatMinutes(s.idleStopMinutes) : QString());
    m_sshKey->setText(s.sshKey);
    m_updating = false;
    populateOffers();
    revalidate();
}

void JobDialog::readFields(JobSpec &s) const
{
    s.templateId = m_template->currentData().toString();
    s.name = m_name->text().trimmed();
    s.project = m_project->text().trimmed();
    s.providerId = m_provider->currentData().toString();
    if (const auto o = offer())
        s.instanceType = o->instanceType;
    else
        s.instanceType.clear();
    s.gpuModel = m_gpuModel->text().trimmed();
    if (s.isAutoPlaced()) {
        // "H100, H200" or "80GB+": the accepted GPUs; the machine's exact model comes from the offer.
        const PlacementConstraints before = s.placement;
        s.placement.gpuModels.clear();
        s.placement.minGpuMemoryGb = 0;
        for (const QString &g : s.gpuModel.split(u',', Qt::SkipEmptyParts)) {
            if (!s.placement.addGpu(g))
                s.placement.gpuModels.append(g.trimmed()); // the validator names it
        }
        s.gpuModel.clear();
        s.placement.providers.clear();
        for (const QString &p : m_placeProviders->text().split(u',', Qt::SkipEmptyParts)) {
            const ProviderInfo *info = ProviderDirectory::lookup(p.trimmed());
            s.placement.providers.append(info ? info->id : p.trimmed());
        }
        s.placement.prefer = PlacementConstraints::preferenceFromKey(m_prefer->currentData().toString()).value_or(before.prefer);
        s.maxPricePerHour = m_maxPrice->text().trimmed().isEmpty() ? std::nullopt : Money::parse(m_maxPrice->text());
        s.recover = m_recover->isChecked();
        if (!s.recover)
            s.maxRestarts = 0;
    }
    s.gpuCount = m_gpuCount->value();
    s.nodes = m_nodes->value();
    s.region = m_region->text().trimmed();
    s.spot = m_spot->isChecked();
    s.image = m_image->text().trimmed();
    s.setup = m_setup->toPlainText();
    s.command = m_command->toPlainText();
    s.env.clear();
    for (int r = 0; r < m_env->rowCount(); ++r) {
        const QString name = m_env->item(r, 0) ? m_env->item(r, 0)->text().trimmed() : QString();
        const QString value = m_env->item(r, 1) ? m_env->item(r, 1)->text() : QString();
        if (!name.isEmpty() || !value.isEmpty())
            s.env.append({name, value});
    }
    s.ports.clear();
    for (const QString &p : m_ports->text().split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int port = p.trimmed().toInt(&ok);
        s.ports.append(ok ? port : -1); // -1: the validator names the bad entry
    }
    s.volumes.clear();
    for (const QString &v : m_volumes->text().split(u',', Qt::SkipEmptyParts))
        s.volumes.append(v.trimmed());
    s.diskGb = m_disk->value();
    s.maxRuntimeMinutes = JobYaml::parseMinutes(m_maxRuntime->text()).value_or(m_maxRuntime->text().trimmed().isEmpty() ? 0 : -1);
    s.maxCost = m_maxCost->text().trimmed().isEmpty() ? std::nullopt : Money::parse(m_maxCost->text());
    if (!m_maxCost->text().trimmed().isEmpty() && !s.maxCost)
        s.maxCost = Money::fromMicros(-1); // unreadable: the validator says so
    s.idleStopMinutes = JobYaml::parseMinutes(m_idleStop->text()).value_or(m_idleStop->text().trimmed().isEmpty() ? 0 : -1);
    s.sshKey = m_sshKey->text().trimmed();
}

JobSpec JobDialog::spec() const
{
    JobSpec s = m_base;
    if (m_template)
        readFields(s);
    return s;
}

void JobDialog::revalidate()
{
    if (m_updating)
        return;
    const JobSpec s = spec();
    ValidationContext context;
    context.offer = offer();
    context.gpuSpecs = &m_catalog.specs();
    m_errors = JobSpecValidator::validate(s, context);

    const bool autoPlaced = s.isAutoPlaced();
    m_placementBox->setVisible(autoPlaced);
    m_rankingBox->setVisible(autoPlaced);
    m_offer->setEnabled(!autoPlaced);
    m_gpuModel->setPlaceholderText(autoPlaced ? tr("H100, H200 or 80GB+") : QString());
    m_ranking = autoPlaced && m_ranker ? m_ranker(s) : PlacementRanking();
    if (autoPlaced)
        showRanking();
    const bool sandbox = s.providerId == QStringLiteral("sandbox");
    m_imageNote->setVisible(sandbox);
    if (sandbox) {
        // The Sandbox runs the command on this computer: say so when the template's program is missing.
        QString note = tr("The Sandbox records the image but does not pull it: the command runs on this computer, "
                          "in the pod's own folder.");
        const QString program = s.templateId == JobTemplates::JupyterId ? QStringLiteral("jupyter")
                                : s.templateId == JobTemplates::VllmId  ? QStringLiteral("vllm")
                                                                        : QString();
        if (!program.isEmpty() && QStandardPaths::findExecutable(program).isEmpty())
            note += u' ' + tr("%1 is not installed on this computer, so this job would fail at once: install it, or "
                              "start from the dev pod template.").arg(program);
        m_imageNote->setText(note);
    }
    if (autoPlaced) {
        if (!m_ranking.candidates.empty()) {
            const PlacementCandidate &best = m_ranking.candidates.front();
            QString text = tr("<b>From %1 per hour</b> at %2").arg(best.totalPerHour.toString(2), best.providerName.toHtmlEscaped());
            text += QStringLiteral("<br><span style='font-size:9pt; color:gray'>%1</span>").arg(best.priceAge.toHtmlEscaped());
            m_estimate->setText(text);
        } else {
            m_estimate->setText(tr("No offer matches these constraints."));
        }
    } else if (context.offer && context.offer->pricePerHour) {
        const Money perHour = *context.offer->pricePerHour * s.nodes;
        QString text = tr("<b>%1 per hour</b>").arg(perHour.toString(2));
        if (s.maxRuntimeMinutes > 0)
            text += u' ' + tr("· at most %1 for the max runtime").arg(perHour.forSeconds(qint64(s.maxRuntimeMinutes) * 60).toString(2));
        text += QStringLiteral("<br><span style='font-size:9pt; color:gray'>%1</span>")
                    .arg(m_catalog.provenance(*context.offer).toHtmlEscaped());
        m_estimate->setText(text);
    } else if (context.offer) {
        m_estimate->setText(tr("Price on quote from the provider."));
    } else {
        m_estimate->setText(tr("Choose an offer to see the price."));
    }
    if (m_errors.isEmpty()) {
        m_errorList->setText(tr("<span style='color:#2e7d32'>Ready to launch.</span>"));
    } else {
        QString html = QStringLiteral("<ul style='margin-left:-20px; color:#c62828'>");
        for (const FieldError &e : std::as_const(m_errors))
            html += QStringLiteral("<li><b>%1</b>: %2</li>").arg(e.field.toHtmlEscaped(), e.message.toHtmlEscaped());
        m_errorList->setText(html + QStringLiteral("</ul>"));
    }
    // Fields with a problem are outlined.
    const auto mark = [this](QWidget *w, const QString &field) {
        const bool bad = !JobSpecValidator::forField(m_errors, field).isEmpty();
        w->setStyleSheet(bad ? QStringLiteral("border: 1px solid #c62828;") : QString());
    };
    mark(m_name, QStringLiteral("name"));
    mark(m_image, QStringLiteral("image"));
    mark(m_command, QStringLiteral("command"));
    mark(m_gpuModel, QStringLiteral("gpu.model"));
    mark(m_ports, QStringLiteral("ports"));
    mark(m_volumes, QStringLiteral("volumes"));
    mark(m_maxRuntime, QStringLiteral("max_runtime"));
    mark(m_maxCost, QStringLiteral("max_cost"));
    mark(m_env, QStringLiteral("env"));
    m_launch->setEnabled(m_errors.isEmpty() && (!autoPlaced || !m_ranking.candidates.empty()));
    m_preview->setPlainText(JobYaml::write(s));
}

void JobDialog::setRanker(Ranker ranker)
{
    m_ranker = std::move(ranker);
    if (m_provider->findData(JobSpec::autoProviderId()) < 0)
        m_provider->insertItem(0, tr("Best available (all providers)"), JobSpec::autoProviderId());
    revalidate();
}

bool JobDialog::isAutoPlaced() const
{
    return m_provider->currentData().toString() == JobSpec::autoProviderId();
}

void JobDialog::showRanking()
{
    const int shown = std::min<int>(int(m_ranking.candidates.size()), 50);
    m_candidates->setRowCount(shown);
    for (int row = 0; row < shown; ++row) {
        const PlacementCandidate &c = m_ranking.candidates[size_t(row)];
        const QStringList cells = {QString::number(c.rank), c.providerName,
                                   tr("%1 × %2").arg(c.offer.gpuCount).arg(c.offer.gpuModel), c.offer.region,
                                   c.totalPerHour.toString(2), c.reason};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            item->setToolTip(c.reason);
            if (col == 4 && c.stalePrice)
                item->setForeground(QColor(QStringLiteral("#e65100")));
            m_candidates->setItem(row, col, item);
        }
    }
    for (int col = 0; col < 5; ++col)
        m_candidates->resizeColumnToContents(col);
    m_candidates->resizeRowsToContents();
    QString summary = tr("<b>Ranked candidates</b> for %1: %2 Prices in amber are not live.")
                          .arg(m_ranking.wanted.toHtmlEscaped(), m_ranking.summary().toHtmlEscaped());
    if (!m_ranking.excluded.empty()) {
        QStringList reasons;
        for (const ExcludedOffer &e : m_ranking.excluded) {
            QString reason = e.reason;
            if (reason.endsWith(u'.'))
                reason.chop(1);
            const QString line = QStringLiteral("%1 %2: %3").arg(e.providerName, e.offer.instanceType, reason);
            if (reasons.size() < 4)
                reasons << line.toHtmlEscaped();
        }
        summary += QStringLiteral("<br><span style='font-size:9pt; color:gray'>%1%2</span>")
                       .arg(tr("Excluded: "), reasons.join(QStringLiteral("; ")))
                       + (m_ranking.excluded.size() > 4 ? tr(" … and %n more.", nullptr, int(m_ranking.excluded.size()) - 4) : QString());
    }
    m_rankingSummary->setText(summary);
}

QString JobDialog::loadYaml(const QString &path)
{
    auto read = JobYaml::readFile(path);
    if (!read) {
        m_errorList->setText(QStringLiteral("<span style='color:#c62828'>%1</span>").arg(read.error().message.toHtmlEscaped()));
        return read.error().message;
    }
    setSpec(read->spec);
    if (!read->warnings.isEmpty()) {
        QStringList lines;
        for (const JobYamlWarning &w : std::as_const(read->warnings))
            lines << w.toString(path).toHtmlEscaped();
        m_errorList->setText(m_errorList->text() + QStringLiteral("<p style='color:#e65100'>%1</p>").arg(lines.join(QStringLiteral("<br>"))));
    }
    return {};
}

void JobDialog::openYaml()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a job file"), QString(),
                                                      tr("Job files (*.yaml *.yml)"));
    if (!path.isEmpty())
        loadYaml(path);
}

void JobDialog::saveYaml()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the job as YAML"), spec().name + QStringLiteral(".yaml"),
                                                      tr("Job files (*.yaml *.yml)"));
    if (path.isEmpty())
        return;
    if (auto r = JobYaml::writeFile(spec(), path); !r)
        m_errorList->setText(QStringLiteral("<span style='color:#c62828'>%1</span>").arg(r.error().message.toHtmlEscaped()));
}

} // namespace gpudesk
