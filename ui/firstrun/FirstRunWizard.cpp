#include "FirstRunWizard.h"

#include "core/AppContext.h"
#include "billing/Budget.h"
#include "billing/BudgetRepository.h"
#include "core/AppSettings.h"
#include "providers/sandbox/SandboxPaths.h"
#include "providers/sandbox/SshKeys.h"
#include "settings/ProviderKeysPanel.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace gpudesk {

namespace {

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

} // namespace

FirstRunWizard::FirstRunWizard(const Context &context, QWidget *parent)
    : QWizard(parent)
    , m_context(context)
    , m_language(context.language.isEmpty() ? QStringLiteral("en") : context.language)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPixmap(QWizard::LogoPixmap, QIcon(QStringLiteral(":/icons/gpudesk.svg")).pixmap(48, 48));
    setMinimumSize(820, 600);
    setPage(LanguagePage, createLanguagePage());
    setPage(ProvidersPage, createProvidersPage());
    setPage(SshKeyPage, createSshKeyPage());
    setPage(BudgetPage, createBudgetPage());
    setPage(FinishPage, createFinishPage());
    setStartId(LanguagePage);
    retranslate();
}

QWizardPage *FirstRunWizard::createLanguagePage()
{
    auto *page = new QWizardPage(this);
    auto *v = new QVBoxLayout(page);
    m_welcome = wrappingLabel(page);
    v->addWidget(m_welcome);
    v->addSpacing(12);
    m_languages = new QButtonGroup(page);
    // Each language is named in itself, so that a user who reads only one of them finds it.
    const QList<std::pair<QString, QString>> languages = {{QStringLiteral("en"), QStringLiteral("English")},
                                                           {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
    for (const auto &[code, name] : languages) {
        auto *button = new QRadioButton(name, page);
        button->setObjectName(QStringLiteral("language_%1").arg(code));
        button->setProperty("language", code);
        button->setChecked(code == m_language);
        m_languages->addButton(button);
        v->addWidget(button);
    }
    connect(m_languages, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *button, bool checked) {
        if (checked)
            chooseLanguage(button->property("language").toString());
    });
    m_languageNote = wrappingLabel(page);
    m_languageNote->setStyleSheet(QStringLiteral("color: palette(mid);"));
    v->addWidget(m_languageNote);
    v->addStretch(1);
    return page;
}

QWizardPage *FirstRunWizard::createProvidersPage()
{
    auto *page = new QWizardPage(this);
    m_providersLayout = new QVBoxLayout(page);
    m_providersLayout->setContentsMargins(0, 0, 0, 0);
    m_providersNote = wrappingLabel(page);
    m_providersLayout->addWidget(m_providersNote);
    return page;
}

QWizardPage *FirstRunWizard::createSshKeyPage()
{
    auto *page = new QWizardPage(this);
    auto *v = new QVBoxLayout(page);
    m_sshIntro = wrappingLabel(page);
    v->addWidget(m_sshIntro);
    v->addSpacing(8);
    auto *group = new QButtonGroup(page);
    m_createKey = new QRadioButton(page);
    m_createKey->setObjectName(QStringLiteral("createKey"));
    m_createKey->setChecked(true);
    group->addButton(m_createKey);
    v->addWidget(m_createKey);
    auto *row = new QHBoxLayout();
    m_existingKey = new QRadioButton(page);
    m_existingKey->setObjectName(QStringLiteral("existingKey"));
    group->addButton(m_existingKey);
    row->addWidget(m_existingKey);
    m_existingKeys = new QComboBox(page);
    m_existingKeys->setObjectName(QStringLiteral("existingKeys"));
    m_existingKeys->setMinimumContentsLength(36);
    row->addWidget(m_existingKeys, 1);
    v->addLayout(row);
    connect(m_existingKeys, &QComboBox::activated, m_existingKey, [this] { m_existingKey->setChecked(true); });
    m_keyStatus = wrappingLabel(page);
    m_keyStatus->setObjectName(QStringLiteral("keyStatus"));
    m_keyStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addSpacing(8);
    v->addWidget(m_keyStatus);
    v->addStretch(1);
    return page;
}

QWizardPage *FirstRunWizard::createBudgetPage()
{
    auto *page = new QWizardPage(this);
    auto *v = new QVBoxLayout(page);
    m_budgetIntro = wrappingLabel(page);
    v->addWidget(m_budgetIntro);
    v->addSpacing(8);
    auto *form = new QFormLayout();
    m_budget = new QDoubleSpinBox(page);
    m_budget->setObjectName(QStringLiteral("budgetAmount"));
    m_budget->setRange(0, 10'000'000);
    m_budget->setDecimals(0);
    m_budget->setSingleStep(100);
    m_budget->setPrefix(QStringLiteral("$ "));
    form->addRow(QString(), m_budget);
    v->addLayout(form);
    m_budgetAutoStop = new QCheckBox(page);
    m_budgetAutoStop->setObjectName(QStringLiteral("budgetAutoStop"));
    v->addWidget(m_budgetAutoStop);
    m_budgetStatus = wrappingLabel(page);
    m_budgetStatus->setObjectName(QStringLiteral("budgetStatus"));
    v->addWidget(m_budgetStatus);
    v->addStretch(1);
    // The budget already set (the assistant reopened from Settings) is shown, not reset.
    if (m_context.budgets) {
        if (auto budgets = m_context.budgets->list()) {
            for (const Budget &b : *budgets) {
                if (b.project.isEmpty() && b.providerId.isEmpty()) {
                    m_budget->setValue(double(b.monthly.micros()) / 1e6);
                    m_budgetAutoStop->setChecked(b.autoStop);
                }
            }
        }
    }
    return page;
}

QWizardPage *FirstRunWizard::createFinishPage()
{
    auto *page = new QWizardPage(this);
    auto *v = new QVBoxLayout(page);
    m_summary = wrappingLabel(page);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_summary);
    v->addSpacing(12);
    m_trySandbox = new QCheckBox(page);
    m_trySandbox->setObjectName(QStringLiteral("trySandbox"));
    m_trySandbox->setChecked(!m_context.windowOpen);
    v->addWidget(m_trySandbox);
    v->addStretch(1);
    return page;
}

void FirstRunWizard::retranslate()
{
    setWindowTitle(tr("Welcome")); // shown as "Welcome — GPU Desk"
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::FinishButton, tr("&Start using GPU Desk"));
    setButtonText(QWizard::CancelButton, tr("Skip setup"));

    page(LanguagePage)->setTitle(tr("Welcome to GPU Desk"));
    page(LanguagePage)->setSubTitle(tr("A few choices, all of them optional and changeable later."));
    m_welcome->setText(tr("<p>GPU Desk compares GPU offers across clouds, launches jobs through each provider's API, "
                          "opens terminals to them and keeps count of what they cost.</p>"
                          "<p>Everything works without an account on the built-in <b>Sandbox</b>: pods that run on "
                          "this computer, reachable over real SSH, with simulated GPUs and simulated prices.</p>"
                          "<p><b>Language</b></p>"));
    m_languageNote->setText(m_context.windowOpen ? tr("The main window switches language the next time GPU Desk starts.")
                                                 : QString());

    page(ProvidersPage)->setTitle(tr("Your GPU clouds"));
    page(ProvidersPage)->setSubTitle(tr("Enter the API key of each provider you rent from, press Save key, then Test. "
                                        "Skip any you don't use: the Sandbox needs none."));
    m_providersNote->setText(m_context.providers && m_context.keys
                                 ? QString()
                                 : tr("Keys cannot be entered now because GPU Desk's database is unavailable; add them "
                                      "later in Settings → Providers and keys."));
    m_providersNote->setVisible(!(m_context.providers && m_context.keys));

    page(SshKeyPage)->setTitle(tr("An SSH key for your machines"));
    page(SshKeyPage)->setSubTitle(tr("GPU Desk installs its public half on the machines it launches, so that its "
                                     "terminal can log in."));
    m_sshIntro->setText(tr("The private half stays on this computer. GPU Desk never uploads it."));
    const QString ownKey = SandboxPaths(m_context.dataDir).defaultPrivateKey();
    m_createKey->setText(QFileInfo::exists(ownKey)
                             ? tr("GPU Desk's own key (%1)").arg(QDir::toNativeSeparators(ownKey))
                             : tr("Create a new ed25519 key for GPU Desk (recommended)"));
    m_existingKey->setText(tr("One of my keys:"));
    fillExistingKeys();

    page(BudgetPage)->setTitle(tr("A monthly budget"));
    page(BudgetPage)->setSubTitle(tr("GPU Desk warns at 50 %, 80 % and 100 % of it, and can stop every job when it is spent."));
    m_budgetIntro->setText(m_context.budgets
                               ? tr("<p>For all providers and projects together. 0 means no budget. Sandbox jobs count "
                                    "their simulated cost, so you can see the warnings without spending anything.</p>"
                                    "<p><b>Monthly budget (USD)</b></p>")
                               : tr("Budgets need GPU Desk's database, which is unavailable; set one later with "
                                    "gpudesk-cli budget set."));
    m_budget->setEnabled(m_context.budgets != nullptr);
    m_budget->setSpecialValueText(tr("no budget"));
    m_budgetAutoStop->setEnabled(m_context.budgets != nullptr);
    m_budgetAutoStop->setText(tr("Stop all running jobs when the budget is spent"));

    page(FinishPage)->setTitle(tr("Ready"));
    page(FinishPage)->setSubTitle(tr("Everything here can be changed later in Settings."));
    m_trySandbox->setText(tr("Launch a Sandbox dev pod now and open its terminal (free: it runs on this computer)"));
}

void FirstRunWizard::fillExistingKeys()
{
    const QString current = m_existingKeys->currentData().toString();
    m_existingKeys->clear();
    // Private keys in ~/.ssh that have their public half beside them.
    const QDir ssh(QDir::homePath() + QStringLiteral("/.ssh"));
    for (const QFileInfo &pub : ssh.entryInfoList({QStringLiteral("*.pub")}, QDir::Files, QDir::Name)) {
        const QString privateKey = pub.absolutePath() + QLatin1Char('/') + pub.completeBaseName();
        if (QFileInfo::exists(privateKey))
            m_existingKeys->addItem(QDir::toNativeSeparators(privateKey), privateKey);
    }
    if (m_existingKeys->count() == 0)
        m_existingKeys->addItem(tr("(no key pair in %1)").arg(QDir::toNativeSeparators(ssh.path())));
    const bool any = !m_existingKeys->itemData(0).toString().isEmpty();
    m_existingKey->setEnabled(any);
    m_existingKeys->setEnabled(any);
    if (const int i = m_existingKeys->findData(current); i >= 0)
        m_existingKeys->setCurrentIndex(i);
}

void FirstRunWizard::chooseLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    // Installing the catalogue sends every widget a LanguageChange event: see changeEvent().
    AppContext::installTranslations(*QCoreApplication::instance(), language);
    if (m_context.settings)
        m_context.settings->setLanguage(language);
    Q_EMIT languageChanged(language);
}

void FirstRunWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void FirstRunWizard::initializePage(int id)
{
    // The provider cards are built when shown, in the language chosen on the first page.
    if (id == ProvidersPage && m_context.providers && m_context.keys && (!m_panel || m_panelLanguage != m_language)) {
        delete m_panel;
        m_panel = new ProviderKeysPanel(*m_context.providers, *m_context.keys, m_context.providerSettings, page(ProvidersPage));
        m_providersLayout->addWidget(m_panel, 1);
        m_panelLanguage = m_language;
    }
    if (id == FinishPage) {
        QString text = tr("<p>Your SSH key: <b>%1</b></p>").arg(QDir::toNativeSeparators(m_identityFile).toHtmlEscaped());
        if (m_budget->value() > 0)
            text += (m_budgetAutoStop->isChecked() ? tr("<p>Monthly budget: <b>$%1</b>, every job stopped when it is spent.</p>")
                                                   : tr("<p>Monthly budget: <b>$%1</b>, with warnings.</p>"))
                        .arg(QString::number(m_budget->value(), 'f', 0));
        text += tr("<p>Keys, providers, the data folder and this assistant are in <b>Settings</b>. The Marketplace "
                   "shows every offer with the age and source of its price; Jobs launches and follows them; Costs "
                   "counts what they cost.</p>");
        m_summary->setText(text);
    }
    QWizard::initializePage(id);
}

bool FirstRunWizard::validateCurrentPage()
{
    if (currentId() == SshKeyPage && !applySshKey())
        return false;
    if (currentId() == BudgetPage && !applyBudget())
        return false;
    return QWizard::validateCurrentPage();
}

bool FirstRunWizard::applySshKey()
{
    QString identity;
    if (m_existingKey->isChecked()) {
        identity = m_existingKeys->currentData().toString();
    } else {
        identity = SandboxPaths(m_context.dataDir).defaultPrivateKey();
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto made = SshKeys::ensureKeyPair(identity);
        QApplication::restoreOverrideCursor();
        if (!made) {
            m_keyStatus->setText(QStringLiteral("<span style=\"color:#b71c1c\">%1</span>").arg(made.error().message.toHtmlEscaped()));
            return false;
        }
    }
    const auto fingerprint = SshKeys::fingerprintOfPublicKeyFile(identity + QStringLiteral(".pub"));
    if (!fingerprint) {
        m_keyStatus->setText(QStringLiteral("<span style=\"color:#b71c1c\">%1</span>").arg(fingerprint.error().message.toHtmlEscaped()));
        return false;
    }
    m_identityFile = identity;
    if (m_context.settings)
        m_context.settings->setSshIdentityFile(m_existingKey->isChecked() ? identity : QString());
    m_keyStatus->setText(tr("Key %1, fingerprint %2").arg(QDir::toNativeSeparators(identity).toHtmlEscaped(), *fingerprint));
    return true;
}

bool FirstRunWizard::applyBudget()
{
    if (!m_context.budgets || m_budget->value() <= 0)
        return true;
    Budget budget;
    budget.monthly = Money::fromDollars(static_cast<std::int64_t>(m_budget->value()));
    budget.autoStop = m_budgetAutoStop->isChecked();
    auto stored = m_context.budgets->set(budget);
    if (!stored) {
        m_budgetStatus->setText(QStringLiteral("<span style=\"color:#b71c1c\">%1</span>").arg(stored.error().message.toHtmlEscaped()));
        return false;
    }
    m_budgetStatus->setText(tr("Budget of %1 a month stored.").arg(stored->monthly.toString(0)));
    return true;
}

bool FirstRunWizard::trySandbox() const
{
    return result() == QDialog::Accepted && m_trySandbox->isChecked();
}

QRadioButton *FirstRunWizard::languageButton(const QString &language) const
{
    return findChild<QRadioButton *>(QStringLiteral("language_%1").arg(language));
}

void FirstRunWizard::done(int result)
{
    // Finished or skipped, it is not shown again by itself (Settings → Data reopens it).
    if (m_context.settings) {
        m_context.settings->setFirstRunCompleted(true);
        m_context.settings->setLanguage(m_language);
        m_context.settings->sync();
    }
    QWizard::done(result);
}

} // namespace gpudesk
