#include "SettingsPage.h"

#include "ProviderKeysPanel.h"
#include "BudgetsTab.h"
#include "SshSettingsTab.h"
#include "core/AppSettings.h"
#include "providers/sandbox/SandboxProvider.h"
#include "providers/sandbox/SandboxSettings.h"
#include "widgets/Theme.h"

#include <QComboBox>
#include <QFontComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QSpinBox>
#include <QDesktopServices>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <memory>

namespace gpudesk {

SettingsPage::SettingsPage(ProviderRegistry &registry, ProviderKeys &keys, ProviderSettingsRepository *settings,
                           const QString &dataDir, QWidget *parent)
    : QWidget(parent)
    , m_dataDir(dataDir)
    , m_providerKeys(new ProviderKeysPanel(registry, keys, settings, this))
{
    setObjectName(QStringLiteral("settingsPage"));
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(12, 12, 12, 12);
    auto *title = new QLabel(tr("Settings"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    title->setFont(f);
    v->addWidget(title);
    auto *tabs = new QTabWidget(this);
    m_tabs = tabs;
    tabs->setObjectName(QStringLiteral("settingsTabs"));
    tabs->addTab(m_providerKeys, tr("Providers and keys"));
    m_ssh = new SshSettingsTab(dataDir, QDir(dataDir).filePath(QStringLiteral("ssh/known_hosts")), tabs);
    tabs->addTab(m_ssh, tr("SSH"));
    connect(m_ssh, &SshSettingsTab::launchKeyChanged, this, &SettingsPage::launchKeyChanged);
    connect(m_ssh, &SshSettingsTab::tmuxPreferenceChanged, this, &SettingsPage::terminalTmuxChanged);
    // Hosts are trusted as terminals connect: show the file as it is now.
    connect(tabs, &QTabWidget::currentChanged, this, [this, tabs] {
        if (tabs->currentWidget() == m_ssh)
            m_ssh->reload();
    });
    tabs->addTab(createAppearanceTab(dataDir), tr("Appearance"));
    tabs->addTab(createDataTab(dataDir), tr("Data"));
    v->addWidget(tabs, 1);
    connect(m_providerKeys, &ProviderKeysPanel::credentialsChanged, this, &SettingsPage::credentialsChanged);
    connect(m_providerKeys, &ProviderKeysPanel::providerEnabledChanged, this, &SettingsPage::providerEnabledChanged);
}

QWidget *SettingsPage::createAppearanceTab(const QString &dataDir)
{
    auto *w = new QWidget(this);
    auto *form = new QFormLayout(w);
    auto preferences = std::make_shared<AppSettings>(dataDir);

    auto *theme = new QComboBox(w);
    theme->setObjectName(QStringLiteral("themeBox"));
    theme->addItem(tr("Follow the system"), QStringLiteral("system"));
    theme->addItem(tr("Light"), QStringLiteral("light"));
    theme->addItem(tr("Dark"), QStringLiteral("dark"));
    theme->setCurrentIndex(std::max(0, theme->findData(preferences->theme())));
    connect(theme, &QComboBox::currentIndexChanged, this, [theme, preferences] {
        const QString chosen = theme->currentData().toString();
        preferences->setTheme(chosen);
        preferences->sync();
        Theme::apply(chosen);
    });
    form->addRow(tr("Theme:"), theme);

    auto *language = new QComboBox(w);
    language->setObjectName(QStringLiteral("languageBox"));
    language->addItem(tr("System language"), QString());
    // Each language is named in itself.
    language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    language->setCurrentIndex(std::max(0, language->findData(preferences->language())));
    auto *languageNote = new QLabel(w);
    languageNote->setStyleSheet(QStringLiteral("color: palette(mid);"));
    connect(language, &QComboBox::currentIndexChanged, this, [language, languageNote, preferences] {
        preferences->setLanguage(language->currentData().toString());
        preferences->sync();
        languageNote->setText(tr("Applies the next time GPU Desk starts."));
    });
    form->addRow(tr("Language:"), language);
    form->addRow(QString(), languageNote);

    // The terminal: any fixed-pitch font (CJK falls back per character), and how much it keeps.
    auto *fontRow = new QHBoxLayout();
    auto *fontBox = new QFontComboBox(w);
    fontBox->setObjectName(QStringLiteral("terminalFontBox"));
    fontBox->setFontFilters(QFontComboBox::MonospacedFonts);
    auto *fontSize = new QSpinBox(w);
    fontSize->setObjectName(QStringLiteral("terminalFontSize"));
    fontSize->setRange(6, 48);
    fontSize->setSuffix(tr(" pt"));
    QFont current = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (!preferences->terminalFont().isEmpty())
        current.fromString(preferences->terminalFont());
    fontBox->setCurrentFont(current);
    fontSize->setValue(current.pointSize() > 0 ? current.pointSize() : 11);
    fontRow->addWidget(fontBox, 1);
    fontRow->addWidget(fontSize);
    form->addRow(tr("Terminal font:"), fontRow);
    auto *scrollback = new QSpinBox(w);
    scrollback->setObjectName(QStringLiteral("scrollbackBox"));
    scrollback->setRange(1'000, 1'000'000);
    scrollback->setSingleStep(5'000);
    scrollback->setSuffix(tr(" lines"));
    scrollback->setValue(preferences->terminalScrollback());
    form->addRow(tr("Terminal scrollback:"), scrollback);
    auto saveTerminal = [this, fontBox, fontSize, scrollback, preferences] {
        QFont f = fontBox->currentFont();
        f.setPointSize(fontSize->value());
        f.setStyleHint(QFont::Monospace);
        preferences->setTerminalFont(f.toString());
        preferences->setTerminalScrollback(scrollback->value());
        preferences->sync();
        Q_EMIT terminalPreferencesChanged(f.toString(), scrollback->value());
    };
    connect(fontBox, &QFontComboBox::currentFontChanged, this, saveTerminal);
    connect(fontSize, &QSpinBox::valueChanged, this, saveTerminal);
    connect(scrollback, &QSpinBox::editingFinished, this, saveTerminal);

    auto *sampling = new QSpinBox(w);
    sampling->setObjectName(QStringLiteral("samplingBox"));
    sampling->setRange(2, 3600);
    sampling->setSuffix(tr(" s"));
    sampling->setValue(preferences->samplingIntervalSeconds());
    sampling->setToolTip(tr("How often nvidia-smi is asked, over SSH, for the GPU utilization of each running job."));
    connect(sampling, &QSpinBox::editingFinished, this, [this, sampling, preferences] {
        preferences->setSamplingIntervalSeconds(sampling->value());
        preferences->sync();
        Q_EMIT samplingIntervalChanged(sampling->value());
    });
    form->addRow(tr("GPU sampling every:"), sampling);
    return w;
}

QWidget *SettingsPage::createDataTab(const QString &dataDir)
{
    auto *w = new QWidget(this);
    auto *form = new QFormLayout(w);
    auto *path = new QLabel(QDir::toNativeSeparators(dataDir), w);
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Data folder:"), path);
    auto *open = new QPushButton(tr("Open in file manager"), w);
    connect(open, &QPushButton::clicked, this, [dataDir] { QDesktopServices::openUrl(QUrl::fromLocalFile(dataDir)); });
    form->addRow(QString(), open);
    auto *note = new QLabel(tr("The database (jobs, their history, cached live offers) lives here. Keys never do: "
                               "they are in your system keychain. Start GPU Desk with --data-dir DIR or set "
                               "GPUDESK_DATA_DIR to use another folder."),
                            w);
    note->setWordWrap(true);
    form->addRow(QString(), note);
    auto *assistant = new QPushButton(tr("Run the first-start assistant again…"), w);
    assistant->setObjectName(QStringLiteral("firstRunButton"));
    connect(assistant, &QPushButton::clicked, this, &SettingsPage::firstRunRequested);
    form->addRow(tr("Setup:"), assistant);
    return w;
}

void SettingsPage::addSandboxTab(SandboxSettings &settings, SandboxProvider &sandbox)
{
    auto *w = new QWidget(this);
    auto *form = new QFormLayout(w);
    auto *intro = new QLabel(tr("Demo switches of the local Sandbox. With GPU models listed here, the Sandbox refuses "
                                "to launch them for lack of capacity, as a cloud without free machines does, so "
                                "\"Best available\" can be seen moving on to the next offer. "
                                "GPUDESK_SANDBOX_NO_CAPACITY adds models for one session."),
                             w);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_noCapacity = new QLineEdit(w);
    m_noCapacity->setObjectName(QStringLiteral("sandboxNoCapacity"));
    m_noCapacity->setPlaceholderText(tr("none, e.g. H100, B200"));
    if (auto current = settings.noCapacityModels())
        m_noCapacity->setText(current->join(QStringLiteral(", ")));
    auto *save = new QPushButton(tr("Save"), w);
    save->setObjectName(QStringLiteral("sandboxSave"));
    auto *result = new QLabel(w);
    result->setWordWrap(true);
    auto *row = new QHBoxLayout();
    row->addWidget(m_noCapacity, 1);
    row->addWidget(save);
    form->addRow(tr("No capacity for"), row);
    form->addRow(QString(), result);
    connect(save, &QPushButton::clicked, this, [this, &settings, &sandbox, result] {
        const QStringList models = SandboxSettings::parseList(m_noCapacity->text());
        if (auto saved = settings.setNoCapacityModels(models); !saved) {
            result->setText(saved.error().message);
            return;
        }
        sandbox.setNoCapacityModels(models);
        result->setText(models.isEmpty() ? tr("The Sandbox launches every GPU model again.")
                                         : tr("The Sandbox now refuses %1 for lack of capacity.").arg(models.join(QStringLiteral(", "))));
    });
    m_tabs->addTab(w, tr("Sandbox"));
}

BudgetsTab *SettingsPage::addBudgetsTab(BudgetRepository &budgets, const QStringList &providerIds)
{
    auto *tab = new BudgetsTab(budgets, providerIds, m_tabs);
    // Beside SSH, before Appearance.
    m_tabs->insertTab(2, tab, tr("Budgets"));

    // The machine left running overnight: one notification when a job has run this long, with no
    // terminal open and almost no GPU work.
    auto preferences = std::make_shared<AppSettings>(m_dataDir);
    auto *group = new QGroupBox(tr("Forgotten machines"), tab);
    group->setObjectName(QStringLiteral("forgottenGroup"));
    group->setCheckable(true);
    group->setChecked(preferences->forgottenWarning());
    group->setToolTip(tr("One notification per job; jobs with a terminal open are left alone."));
    auto *form = new QFormLayout(group);
    auto *hours = new QSpinBox(group);
    hours->setObjectName(QStringLiteral("forgottenHours"));
    hours->setRange(1, 168);
    hours->setSuffix(tr(" h"));
    hours->setValue(preferences->forgottenAfterHours());
    auto *percent = new QSpinBox(group);
    percent->setObjectName(QStringLiteral("forgottenPercent"));
    percent->setRange(1, 100);
    percent->setSuffix(tr(" %"));
    percent->setValue(preferences->forgottenBelowPercent());
    form->addRow(tr("Warn when a job has run longer than:"), hours);
    form->addRow(tr("and its GPUs averaged under, over the last hour:"), percent);
    const auto save = [this, group, hours, percent, preferences] {
        preferences->setForgottenWarning(group->isChecked());
        preferences->setForgottenAfterHours(hours->value());
        preferences->setForgottenBelowPercent(percent->value());
        preferences->sync();
        Q_EMIT forgottenPolicyChanged();
    };
    connect(group, &QGroupBox::toggled, this, save);
    connect(hours, &QSpinBox::editingFinished, this, save);
    connect(percent, &QSpinBox::editingFinished, this, save);
    tab->layout()->addWidget(group);
    return tab;
}

void SettingsPage::reload() { m_providerKeys->reload(); }

} // namespace gpudesk
