#include "MarketplacePage.h"

#include "OfferItemDelegate.h"
#include "OfferTableModel.h"
#include "catalog/Catalog.h"
#include "storage/ProviderSettingsRepository.h"
#include "widgets/Avatar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace gpudesk {

namespace {

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    label->setProperty("role", QStringLiteral("section"));
    return label;
}

// GPU families offered as one-click filters, newest first. A family is listed only when the
// catalog has offers for it; the name is matched like a typed query ("H100" = SXM, PCIe, NVL).
const QStringList &gpuFamilies()
{
    static const QStringList list = {
        QStringLiteral("B300"), QStringLiteral("B200"), QStringLiteral("GB200"), QStringLiteral("H200"),
        QStringLiteral("H100"), QStringLiteral("GH200"), QStringLiteral("MI300X"), QStringLiteral("A100"),
        QStringLiteral("L40S"), QStringLiteral("L40"), QStringLiteral("L4"), QStringLiteral("A40"),
        QStringLiteral("A10"), QStringLiteral("RTX PRO 6000"), QStringLiteral("RTX 6000 Ada"),
        QStringLiteral("RTX A6000"), QStringLiteral("RTX 5090"), QStringLiteral("RTX 4090"),
        QStringLiteral("RTX 3090"), QStringLiteral("V100"), QStringLiteral("Gaudi 2"),
    };
    return list;
}

QString escaped(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

MarketplacePage::MarketplacePage(const Catalog &catalog, ProviderSettingsRepository *providerSettings, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_providerSettings(providerSettings)
    , m_model(new OfferTableModel(catalog, this))
    , m_refreshTimer(new QTimer(this))
{
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(120);
    connect(m_refreshTimer, &QTimer::timeout, this, &MarketplacePage::refresh);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("marketplaceSplitter"));
    splitter->addWidget(createFilterPanel());
    splitter->addWidget(createResultsArea());

    auto *detailsPane = new QWidget(splitter);
    auto *detailsLayout = new QVBoxLayout(detailsPane);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    m_details = new QTextBrowser(detailsPane);
    m_details->setObjectName(QStringLiteral("offerDetails"));
    m_details->setOpenExternalLinks(true);
    m_details->setMinimumWidth(240);
    detailsLayout->addWidget(m_details, 1);
    m_launch = new QPushButton(tr("Launch on this offer…"), detailsPane);
    m_launch->setObjectName(QStringLiteral("launchOffer"));
    m_launch->hide();
    connect(m_launch, &QPushButton::clicked, this, [this] {
        if (selectedOfferIndex() >= 0)
            Q_EMIT launchRequested(selectedOfferIndex());
    });
    detailsLayout->addWidget(m_launch);
    splitter->addWidget(detailsPane);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({244, 900, 250});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    populateProviders();
    populateGpuFamilies();
    refresh();
}

QWidget *MarketplacePage::createFilterPanel()
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("filterPanel"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(236);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *panel = new QWidget(scroll);
    auto *v = new QVBoxLayout(panel);
    v->setContentsMargins(10, 10, 6, 10);

    v->addWidget(sectionLabel(tr("Providers"), panel));
    m_providers = new QListWidget(panel);
    m_providers->setObjectName(QStringLiteral("providerList"));
    m_providers->setIconSize(QSize(20, 20));
    m_providers->setToolTip(tr("Untick a provider to hide its offers everywhere (remembered)."));
    connect(m_providers, &QListWidget::itemChanged, this, &MarketplacePage::onProviderToggled);
    v->addWidget(m_providers, 3);

    v->addWidget(sectionLabel(tr("GPU type"), panel));
    m_gpuText = new QLineEdit(panel);
    m_gpuText->setObjectName(QStringLiteral("gpuText"));
    m_gpuText->setPlaceholderText(tr("e.g. h100, a100 80gb"));
    m_gpuText->setClearButtonEnabled(true);
    connect(m_gpuText, &QLineEdit::textChanged, this, &MarketplacePage::scheduleRefresh);
    v->addWidget(m_gpuText);
    m_gpuFamilies = new QListWidget(panel);
    m_gpuFamilies->setObjectName(QStringLiteral("gpuFamilies"));
    connect(m_gpuFamilies, &QListWidget::itemChanged, this, &MarketplacePage::scheduleRefresh);
    v->addWidget(m_gpuFamilies, 3);

    auto *form = new QFormLayout();
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_minGpus = new QSpinBox(panel);
    m_minGpus->setObjectName(QStringLiteral("minGpus"));
    m_minGpus->setRange(0, 64);
    m_minGpus->setSpecialValueText(tr("any"));
    connect(m_minGpus, &QSpinBox::valueChanged, this, &MarketplacePage::scheduleRefresh);
    form->addRow(tr("Min GPUs"), m_minGpus);

    m_minMemory = new QSpinBox(panel);
    m_minMemory->setObjectName(QStringLiteral("minMemory"));
    m_minMemory->setRange(0, 512);
    m_minMemory->setSingleStep(8);
    m_minMemory->setSuffix(tr(" GB"));
    m_minMemory->setSpecialValueText(tr("any"));
    connect(m_minMemory, &QSpinBox::valueChanged, this, &MarketplacePage::scheduleRefresh);
    form->addRow(tr("Min memory/GPU"), m_minMemory);

    m_maxPrice = new QLineEdit(panel);
    m_maxPrice->setObjectName(QStringLiteral("maxPrice"));
    m_maxPrice->setPlaceholderText(tr("any, e.g. 3.50"));
    m_maxPrice->setClearButtonEnabled(true);
    connect(m_maxPrice, &QLineEdit::textChanged, this, &MarketplacePage::scheduleRefresh);
    form->addRow(tr("Max $/h"), m_maxPrice);

    m_region = new QLineEdit(panel);
    m_region->setObjectName(QStringLiteral("region"));
    m_region->setPlaceholderText(tr("e.g. us, europe, eu-north1"));
    m_region->setClearButtonEnabled(true);
    connect(m_region, &QLineEdit::textChanged, this, &MarketplacePage::scheduleRefresh);
    form->addRow(tr("Region"), m_region);

    m_billing = new QComboBox(panel);
    m_billing->setObjectName(QStringLiteral("billing"));
    m_billing->addItem(tr("Any"), QString());
    for (Billing b : {Billing::OnDemand, Billing::Spot, Billing::Community, Billing::Reserved})
        m_billing->addItem(billingDisplayName(b), billingKey(b));
    connect(m_billing, &QComboBox::currentIndexChanged, this, &MarketplacePage::scheduleRefresh);
    form->addRow(tr("Billing"), m_billing);
    v->addLayout(form);

    m_priceError = new QLabel(panel);
    m_priceError->setObjectName(QStringLiteral("priceError"));
    m_priceError->setWordWrap(true);
    m_priceError->setStyleSheet(QStringLiteral("color: #e57373;"));
    m_priceError->hide();
    v->addWidget(m_priceError);

    m_includeQuotes = new QCheckBox(tr("Show offers without a list price"), panel);
    m_includeQuotes->setObjectName(QStringLiteral("includeQuotes"));
    m_includeQuotes->setChecked(true);
    connect(m_includeQuotes, &QCheckBox::toggled, this, &MarketplacePage::scheduleRefresh);
    v->addWidget(m_includeQuotes);
    m_includeSandbox = new QCheckBox(tr("Show Sandbox offers (simulated)"), panel);
    m_includeSandbox->setObjectName(QStringLiteral("includeSandbox"));
    m_includeSandbox->setToolTip(tr("The Sandbox runs pods on this computer with simulated GPUs, for trying GPU Desk "
                                    "without an account. Its prices mirror snapshot prices and are not charged."));
    connect(m_includeSandbox, &QCheckBox::toggled, this, &MarketplacePage::scheduleRefresh);
    v->addWidget(m_includeSandbox);

    scroll->setWidget(panel);
    return scroll;
}

QWidget *MarketplacePage::createResultsArea()
{
    auto *area = new QWidget(this);
    auto *v = new QVBoxLayout(area);
    v->setContentsMargins(6, 10, 6, 6);

    auto *bar = new QHBoxLayout();
    m_search = new QLineEdit(area);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search offers: provider, GPU, instance type, region…"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    connect(m_search, &QLineEdit::textChanged, this, &MarketplacePage::scheduleRefresh);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    bar->addWidget(m_search, 1);

    bar->addWidget(new QLabel(tr("Recommend for:"), area));
    m_task = new QComboBox(area);
    m_task->setObjectName(QStringLiteral("task"));
    m_task->addItem(tr("No recommendation"), QString());
    for (Task t : {Task::Training, Task::Inference, Task::LowLatency})
        m_task->addItem(taskDisplayName(t), taskKey(t));
    m_task->setToolTip(tr("Training: newest high-bandwidth GPUs with NVLink first.\n"
                          "Inference: best price per GB of GPU memory and per TFLOP.\n"
                          "Low latency: offers in your region first."));
    connect(m_task, &QComboBox::currentIndexChanged, this, &MarketplacePage::refresh);
    bar->addWidget(m_task);

    bar->addWidget(new QLabel(tr("Sort:"), area));
    m_sort = new QComboBox(area);
    m_sort->setObjectName(QStringLiteral("sort"));
    m_sort->addItem(tr("Price per hour"), int(OfferSort::Price));
    m_sort->addItem(tr("Price per GPU-hour"), int(OfferSort::PricePerGpu));
    m_sort->addItem(tr("Price per PFLOP-hour"), int(OfferSort::PricePerPflop));
    m_sort->addItem(tr("Most GPU memory"), int(OfferSort::Memory));
    connect(m_sort, &QComboBox::currentIndexChanged, this, &MarketplacePage::refresh);
    bar->addWidget(m_sort);

    m_refreshPrices = new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("Refresh prices"), area);
    m_refreshPrices->setObjectName(QStringLiteral("refreshPrices"));
    m_refreshPrices->setToolTip(tr("Fetch live offers and prices from every provider with an API key (F5). "
                                   "Others keep their snapshot prices."));
    m_refreshPrices->setShortcut(QKeySequence::Refresh);
    connect(m_refreshPrices, &QPushButton::clicked, this, &MarketplacePage::refreshRequested);
    bar->addWidget(m_refreshPrices);
    v->addLayout(bar);

    m_refreshOutcome = new QLabel(area);
    m_refreshOutcome->setObjectName(QStringLiteral("refreshOutcome"));
    m_refreshOutcome->setWordWrap(true);
    m_refreshOutcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refreshOutcome->hide();
    v->addWidget(m_refreshOutcome);

    m_table = new QTableView(area);
    m_table->setObjectName(QStringLiteral("offersTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new OfferItemDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(28);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const QList<int> widths = {120, 100, 44, 84, 68, 70, 78, 150, 220, 150, 90};
    for (int c = 0; c < widths.size(); ++c)
        m_table->setColumnWidth(c, widths.at(c));
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this, &MarketplacePage::sortByColumn);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MarketplacePage::showDetails);
    v->addWidget(m_table, 1);

    m_summary = new QLabel(area);
    m_summary->setObjectName(QStringLiteral("resultsSummary"));
    v->addWidget(m_summary);
    return area;
}

void MarketplacePage::catalogChanged()
{
    populateProviders();
    populateGpuFamilies();
    refresh();
}

void MarketplacePage::setRefreshing(bool refreshing)
{
    m_refreshPrices->setEnabled(!refreshing);
    m_refreshPrices->setText(refreshing ? tr("Refreshing…") : tr("Refresh prices"));
    if (refreshing) {
        m_refreshOutcome->setStyleSheet(QStringLiteral("color: palette(window-text); padding: 4px 2px;"));
        m_refreshOutcome->setText(tr("Asking the providers for live offers…"));
        m_refreshOutcome->show();
    }
}

void MarketplacePage::showRefreshOutcome(const QStringList &lines, bool anyProblem)
{
    m_refreshOutcome->setStyleSheet(anyProblem ? QStringLiteral("background: #fff3e0; color: #5d4037; padding: 6px; "
                                                                "border-left: 3px solid #ef6c00;")
                                               : QStringLiteral("background: #e8f5e9; color: #1b5e20; padding: 6px; "
                                                                "border-left: 3px solid #2e7d32;"));
    m_refreshOutcome->setText(lines.join(u'\n'));
    m_refreshOutcome->setVisible(!lines.isEmpty());
}

void MarketplacePage::populateProviders()
{
    QHash<QString, bool> enabled;
    if (m_providerSettings) {
        auto states = m_providerSettings->enabledStates();
        if (states)
            enabled = *states;
        else
            Q_EMIT errorOccurred(states.error().message);
    }
    QHash<QString, int> counts;
    for (const Offer &o : m_catalog.offers())
        ++counts[o.providerId];

    const QSignalBlocker blocker(m_providers);
    m_providers->clear();
    for (const ProviderInfo &p : ProviderDirectory::all()) {
        auto *item = new QListWidgetItem(initialsIcon(p.initials, QColor(p.colour), 20),
                                         tr("%1  (%2)").arg(p.displayName).arg(counts.value(p.id)), m_providers);
        item->setData(Qt::UserRole, p.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(enabled.value(p.id, true) ? Qt::Checked : Qt::Unchecked);
        QString tip = ProviderDirectory::kindName(p.kind);
        if (!p.publishesPrices)
            tip += u'\n' + tr("Publishes no list prices: offers show \"quote\".");
        if (p.kind == ProviderInfo::Kind::Local)
            tip += u'\n' + tr("Local pods on this computer with simulated GPUs; prices are not real.");
        item->setToolTip(tip);
    }
}

void MarketplacePage::populateGpuFamilies()
{
    const QSignalBlocker blocker(m_gpuFamilies);
    m_gpuFamilies->clear();
    for (const QString &family : gpuFamilies()) {
        int count = 0;
        const auto &offers = m_catalog.offers();
        const auto &derived = m_catalog.derived();
        std::vector<char> match(size_t(m_catalog.distinctModels().size()));
        for (qsizetype m = 0; m < m_catalog.distinctModels().size(); ++m)
            match[size_t(m)] = GpuSpecTable::nameMatches(family, m_catalog.distinctModels().at(m));
        for (size_t i = 0; i < offers.size(); ++i) {
            if (match[size_t(derived[i].modelKey)] && offers[i].priceSource != PriceSource::Simulated)
                ++count;
        }
        if (count == 0)
            continue;
        auto *item = new QListWidgetItem(tr("%1  (%2)").arg(family).arg(count), m_gpuFamilies);
        item->setData(Qt::UserRole, family);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

void MarketplacePage::onProviderToggled(QListWidgetItem *item)
{
    const QString id = item->data(Qt::UserRole).toString();
    if (m_providerSettings) {
        if (auto r = m_providerSettings->setEnabled(id, item->checkState() == Qt::Checked); !r)
            Q_EMIT errorOccurred(r.error().message);
    }
    scheduleRefresh();
}

void MarketplacePage::scheduleRefresh()
{
    m_refreshTimer->start();
}

OfferQuery MarketplacePage::currentQuery() const
{
    OfferQuery q;
    QStringList gpus;
    for (int i = 0; i < m_gpuFamilies->count(); ++i) {
        if (m_gpuFamilies->item(i)->checkState() == Qt::Checked)
            gpus << m_gpuFamilies->item(i)->data(Qt::UserRole).toString();
    }
    if (!m_gpuText->text().trimmed().isEmpty())
        gpus << m_gpuText->text().trimmed();
    q.gpu = gpus.join(QStringLiteral(", "));
    for (int i = 0; i < m_providers->count(); ++i) {
        if (m_providers->item(i)->checkState() != Qt::Checked)
            q.excludedProviderIds << m_providers->item(i)->data(Qt::UserRole).toString();
    }
    q.minGpus = m_minGpus->value();
    q.minMemoryGb = m_minMemory->value();
    if (const auto price = Money::parse(m_maxPrice->text()); price && !price->isNegative())
        q.maxPricePerHour = price;
    q.region = m_region->text();
    if (const auto b = billingFromKey(m_billing->currentData().toString()))
        q.billing = b;
    q.search = m_search->text();
    q.includeSimulated = m_includeSandbox->isChecked();
    q.includeQuotes = m_includeQuotes->isChecked();
    q.sort = OfferSort(m_sort->currentData().toInt());
    return q;
}

std::optional<Task> MarketplacePage::currentTask() const
{
    return taskFromKey(m_task->currentData().toString());
}

void MarketplacePage::refresh()
{
    m_refreshTimer->stop();
    const QString priceText = m_maxPrice->text().trimmed();
    const auto price = Money::parse(priceText);
    if (!priceText.isEmpty() && (!price || price->isNegative())) {
        m_priceError->setText(tr("\"%1\" is not an amount in dollars per hour, e.g. 3.50.").arg(priceText));
        m_priceError->show();
    } else {
        m_priceError->hide();
    }

    const int previous = selectedOfferIndex();
    QElapsedTimer timer;
    timer.start();
    const OfferQuery query = currentQuery();
    const auto task = currentTask();
    m_sort->setEnabled(!task);
    OfferQuery filter = query;
    filter.sorted = !task; // the Recommender orders them
    std::vector<int> rows = filter.run(m_catalog);
    OfferTableModel::ReasonFn reason;
    if (task) {
        auto recommender = std::make_shared<Recommender>(m_catalog, Region::userContinent(query.region));
        rows = recommender->order(*task, rows);
        reason = [recommender, t = *task](int offerIndex) { return recommender->reason(t, offerIndex); };
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    const int shown = int(rows.size());
    m_model->setRows(std::move(rows), std::move(reason));
    if (task) {
        // The reason is what the user asked for: show it next to the prices, not after the details.
        QHeaderView *header = m_table->horizontalHeader();
        const int target = header->visualIndex(OfferTableModel::PriceSource) + 1;
        if (header->visualIndex(OfferTableModel::Why) != target)
            header->moveSection(header->visualIndex(OfferTableModel::Why), target);
        if (m_table->columnWidth(OfferTableModel::Why) < 200)
            m_table->setColumnWidth(OfferTableModel::Why, 420);
    }

    int live = 0;
    int snapshot = 0;
    for (const Offer &o : m_catalog.offers()) {
        live += o.priceSource == PriceSource::Live;
        snapshot += o.priceSource == PriceSource::Snapshot;
    }
    QString summary = tr("%1 of %2 offers").arg(shown).arg(m_catalog.offers().size());
    if (task)
        summary += u' ' + tr("· ranked for %1").arg(taskDisplayName(*task));
    summary += u' ' + tr("· %1 live prices, %2 snapshot prices (dated, not current)").arg(live).arg(snapshot);
    summary += u' ' + tr("· filtered in %1 ms").arg(QString::number(ms, 'f', 2));
    m_summary->setText(summary);

    int row = m_model->rowOfOffer(previous);
    if (row < 0 && shown > 0)
        row = 0;
    if (row >= 0)
        m_table->selectRow(row);
    else
        showDetails();
    Q_EMIT resultsChanged(shown, int(m_catalog.offers().size()));
}

int MarketplacePage::selectedOfferIndex() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_model->offerIndexAt(current.row()) : -1;
}

void MarketplacePage::setGpuFilter(const QString &text)
{
    m_gpuText->setText(text);
    refresh();
}

void MarketplacePage::setSearchText(const QString &text)
{
    m_search->setText(text);
    refresh();
}

void MarketplacePage::setTask(std::optional<Task> task)
{
    const int i = task ? m_task->findData(taskKey(*task)) : 0;
    m_task->setCurrentIndex(std::max(i, 0));
    refresh();
}

void MarketplacePage::setLaunchableProviders(const QStringList &providerIds)
{
    m_launchable = providerIds;
    showDetails();
}

void MarketplacePage::sortByColumn(int column)
{
    const auto sort = OfferTableModel::sortForColumn(column);
    if (!sort)
        return;
    const int i = m_sort->findData(int(*sort));
    if (i >= 0)
        m_sort->setCurrentIndex(i);
}

void MarketplacePage::showDetails()
{
    const int index = selectedOfferIndex();
    if (m_launch) {
        const bool launchable = index >= 0 && m_launchable.contains(m_catalog.offers()[size_t(index)].providerId);
        m_launch->setVisible(!m_launchable.isEmpty());
        m_launch->setEnabled(launchable);
        m_launch->setToolTip(launchable ? QString()
                                        : tr("GPU Desk cannot launch on this provider yet: its API support comes in a "
                                             "later release. The Sandbox launches now."));
    }
    if (index < 0) {
        m_details->setHtml(tr("<p>No offer selected.</p><p>Widen the filters on the left to see more offers.</p>"));
        return;
    }
    const Offer &o = m_catalog.offers()[size_t(index)];
    const ProviderInfo *provider = ProviderDirectory::byId(o.providerId);
    const GpuSpec *spec = m_catalog.specOf(o);
    const QColor badge = OfferItemDelegate::badgeColour(int(o.priceSource),
                                                        o.priceSource == PriceSource::Snapshot
                                                            && (m_catalog.ageDays(o) < 0 || m_catalog.ageDays(o) > 90));

    QString html;
    html += QStringLiteral("<h3 style='margin-bottom:2px'>%1</h3>").arg(escaped(o.instanceType));
    html += QStringLiteral("<p style='margin-top:0'>%1 · %2 × %3</p>")
                .arg(escaped(provider ? provider->displayName : o.providerId))
                .arg(o.gpuCount)
                .arg(escaped(o.gpuModel));
    const QString price = o.pricePerHour ? tr("%1 per hour").arg(o.pricePerHour->toString(2)) : tr("Price on quote");
    html += QStringLiteral("<p><span style='font-size:large; font-weight:bold'>%1</span><br>"
                           "<span style='background-color:%2; color:white'>&nbsp;%3&nbsp;</span></p>")
                .arg(escaped(price), badge.name(), escaped(m_catalog.provenance(o)));
    if (o.priceSource == PriceSource::Snapshot)
        html += QStringLiteral("<p><i>%1</i></p>").arg(escaped(tr("A dated list price, not a live quote: the provider's "
                                                                 "current price may differ.")));
    if (o.priceSource == PriceSource::Simulated)
        html += QStringLiteral("<p><i>%1</i></p>").arg(escaped(tr("Sandbox pods run on this computer with a simulated "
                                                                 "nvidia-smi; no real GPU and no real charge.")));

    const QString reason = m_model->reasonFor(index);
    if (!reason.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(escaped(tr("Why:")), escaped(reason));

    auto row = [](const QString &k, const QString &v) {
        return v.isEmpty() ? QString() : QStringLiteral("<tr><td style='color:gray; padding-right:8px'>%1</td><td>%2</td></tr>").arg(k.toHtmlEscaped(), v.toHtmlEscaped());
    };
    html += QStringLiteral("<table cellspacing='2'>");
    if (const auto perGpu = o.pricePerGpuHour())
        html += row(tr("Per GPU-hour"), perGpu->toString(4));
    if (const auto perPflop = m_catalog.pricePerPflopHour(index))
        html += row(tr("Per BF16 PFLOP-hour"), perPflop->toString(2));
    if (const auto perGb = m_catalog.pricePerMemoryGbHour(index))
        html += row(tr("Per GB-hour of GPU memory"), perGb->toString(4));
    html += row(tr("Billing"), billingDisplayName(o.billing));
    html += row(tr("Region"), o.region.isEmpty() ? tr("not stated") : QString(o.region).replace(u';', QStringLiteral(", ")));
    if (o.vcpus > 0)
        html += row(tr("vCPUs"), QString::number(o.vcpus));
    if (o.ramGb > 0)
        html += row(tr("RAM"), tr("%1 GB").arg(o.ramGb));
    if (o.diskGb > 0)
        html += row(tr("Disk"), tr("%1 GB").arg(o.diskGb));
    html += QStringLiteral("</table>");

    if (spec) {
        html += QStringLiteral("<h4>%1</h4><table cellspacing='2'>").arg(escaped(tr("%1 specifications").arg(spec->model)));
        auto opt = [](const auto &v, const QString &unit) { return v ? QString::number(*v) + unit : QString(); };
        html += row(tr("Architecture"), QStringLiteral("%1 (%2, %3)").arg(spec->architecture, spec->vendor).arg(spec->releaseYear));
        html += row(tr("Memory"), spec->memoryGb ? tr("%1 GB %2").arg(*spec->memoryGb).arg(spec->memoryType) : QString());
        html += row(tr("Bandwidth"), opt(spec->memoryBandwidthGBs, QStringLiteral(" GB/s")));
        html += row(tr("BF16 dense"), opt(spec->bf16DenseTflops, QStringLiteral(" TFLOPS")));
        html += row(tr("FP8 dense"), opt(spec->fp8DenseTflops, QStringLiteral(" TFLOPS")));
        html += row(tr("FP32"), opt(spec->fp32Tflops, QStringLiteral(" TFLOPS")));
        html += row(tr("Power"), opt(spec->tdpW, QStringLiteral(" W")));
        html += row(tr("Interconnect"), spec->interconnect);
        html += row(tr("Form factor"), spec->formFactor);
        html += QStringLiteral("</table><p style='color:gray; font-size:small'>%1 %2</p>")
                    .arg(escaped(tr("Spec source:")), escaped(spec->source));
    } else {
        // A generic name ("H100") stands for several rows of the spec table: show them all, pick none.
        QList<const GpuSpec *> variants;
        for (const GpuSpec &s : m_catalog.specs().specs()) {
            if (GpuSpecTable::nameMatches(o.gpuModel, s.model))
                variants << &s;
        }
        if (variants.isEmpty()) {
            html += QStringLiteral("<p><i>%1</i></p>")
                        .arg(escaped(tr("GPU Desk's spec table has no published figures for %1, so per-PFLOP "
                                        "figures are not shown.").arg(o.gpuModel)));
        } else {
            html += QStringLiteral("<p><i>%1</i></p>")
                        .arg(escaped(tr("The source does not say which %1 variant this is, so per-PFLOP figures are "
                                        "not shown. It is one of:").arg(o.gpuModel)));
            html += QStringLiteral("<ul style='margin-left:-20px'>");
            for (const GpuSpec *v : std::as_const(variants)) {
                QStringList facts;
                if (v->memoryGb)
                    facts << tr("%1 GB").arg(*v->memoryGb);
                if (v->memoryBandwidthGBs)
                    facts << tr("%1 GB/s").arg(*v->memoryBandwidthGBs);
                if (v->bf16DenseTflops)
                    facts << tr("%1 BF16 TFLOPS").arg(*v->bf16DenseTflops);
                html += QStringLiteral("<li><b>%1</b>: %2</li>").arg(escaped(v->model), escaped(facts.join(QStringLiteral(", "))));
            }
            html += QStringLiteral("</ul>");
        }
    }
    html += QStringLiteral("<p style='color:gray; font-size:small'>%1 %2</p>").arg(escaped(tr("Price source:")), escaped(o.source));
    if (provider && !provider->website.isEmpty()) {
        const QString link = o.priceSource == PriceSource::Quote ? tr("Ask %1 for a quote").arg(provider->displayName)
                                                                  : tr("Check %1's current prices").arg(provider->displayName);
        html += QStringLiteral("<p><a href='%1'>%2</a></p>").arg(escaped(provider->website), escaped(link));
    }
    m_details->setHtml(html);
}

} // namespace gpudesk
