#include "ProviderKeysPanel.h"

#include "catalog/ProviderInfo.h"
#include "net/HttpClient.h"
#include "providers/Provider.h"
#include "providers/ProviderRegistry.h"
#include "secrets/ProviderKeys.h"
#include "secrets/SecretStore.h"
#include "storage/ProviderSettingsRepository.h"
#include "widgets/Avatar.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QUrl>
#include <QVBoxLayout>

namespace gpudesk {

namespace {

QString accountLabel(const QString &providerId)
{
    if (providerId == QLatin1String("lepton"))
        return ProviderKeysPanel::tr("Workspace URL:");
    return ProviderKeysPanel::tr("Project ID:");
}

QString accountPlaceholder(const QString &providerId)
{
    if (providerId == QLatin1String("lepton"))
        return ProviderKeysPanel::tr("https://gateway.dgxc-lepton.nvidia.com/api/v2/workspaces/…");
    return ProviderKeysPanel::tr("the project the VMs are created in");
}

} // namespace

ProviderKeysPanel::ProviderKeysPanel(ProviderRegistry &registry, ProviderKeys &keys, ProviderSettingsRepository *settings,
                                     QWidget *parent)
    : QScrollArea(parent)
    , m_registry(registry)
    , m_keys(keys)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("providerKeysPanel"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(this);
    auto *v = new QVBoxLayout(inner);
    auto *intro = new QLabel(tr("Keys are kept in your system keychain, never in GPU Desk's files. A key set in the "
                                "environment (shown below each provider) takes precedence over the stored one. "
                                "Without any key, the Sandbox and the snapshot prices work as before."),
                             inner);
    intro->setWordWrap(true);
    v->addWidget(intro);
    for (Provider *p : m_registry.providers()) {
        if (p->needsCredentials())
            v->addWidget(createCard(p, inner));
    }
    v->addStretch(1);
    setWidget(inner);
    reload();
}

QWidget *ProviderKeysPanel::createCard(Provider *provider, QWidget *parent)
{
    const QString id = provider->id();
    Card card;
    card.provider = provider;
    auto *box = new QFrame(parent);
    box->setObjectName(QStringLiteral("card_%1").arg(id));
    box->setFrameShape(QFrame::StyledPanel);
    auto *v = new QVBoxLayout(box);

    auto *head = new QHBoxLayout();
    const ProviderInfo *info = ProviderDirectory::lookup(id);
    auto *avatar = new QLabel(box);
    if (info)
        avatar->setPixmap(initialsIcon(info->initials, QColor(info->colour), 28).pixmap(28, 28));
    head->addWidget(avatar);
    auto *name = new QLabel(QStringLiteral("<b>%1</b>").arg(provider->displayName().toHtmlEscaped()), box);
    head->addWidget(name);
    card.status = new QLabel(box);
    card.status->setObjectName(QStringLiteral("status_%1").arg(id));
    head->addWidget(card.status);
    head->addStretch(1);
    card.enabled = new QCheckBox(tr("Enabled"), box);
    card.enabled->setToolTip(tr("A switched-off provider is hidden from the Marketplace and never called."));
    head->addWidget(card.enabled);
    v->addLayout(head);

    auto *form = new QFormLayout();
    card.key = new QLineEdit(box);
    card.key->setEchoMode(QLineEdit::Password);
    card.key->setObjectName(QStringLiteral("key_%1").arg(id));
    form->addRow(ProviderKeys::needsSecret(id) ? tr("Access key:") : tr("API key:"), card.key);
    if (ProviderKeys::needsSecret(id)) {
        card.secret = new QLineEdit(box);
        card.secret->setEchoMode(QLineEdit::Password);
        card.secret->setObjectName(QStringLiteral("secret_%1").arg(id));
        form->addRow(tr("Secret key:"), card.secret);
    }
    if (ProviderKeys::needsAccount(id)) {
        card.account = new QLineEdit(box);
        card.account->setObjectName(QStringLiteral("account_%1").arg(id));
        card.account->setPlaceholderText(accountPlaceholder(id));
        form->addRow(accountLabel(id), card.account);
    }
    card.baseUrl = new QLineEdit(box);
    card.baseUrl->setObjectName(QStringLiteral("baseUrl_%1").arg(id));
    card.baseUrl->setPlaceholderText(tr("the provider's public API (default)"));
    card.baseUrl->setToolTip(tr("For a proxy or a mock server. GPUDESK_%1_BASE_URL in the environment takes "
                                "precedence. Applies the next time GPU Desk starts.")
                                 .arg(id.toUpper()));
    form->addRow(tr("Base URL:"), card.baseUrl);
    auto *env = new QLabel(tr("Environment: %1").arg(ProviderKeys::environmentVariables(id).join(QStringLiteral(", "))),
                           box);
    env->setStyleSheet(QStringLiteral("color: palette(mid);"));
    form->addRow(QString(), env);
    v->addLayout(form);

    auto *buttons = new QHBoxLayout();
    card.save = new QPushButton(tr("Save key"), box);
    card.save->setObjectName(QStringLiteral("save_%1").arg(id));
    card.test = new QPushButton(tr("Test"), box);
    card.test->setObjectName(QStringLiteral("test_%1").arg(id));
    card.test->setToolTip(tr("Makes one cheap authenticated call and says what worked."));
    card.remove = new QPushButton(tr("Remove key"), box);
    card.remove->setObjectName(QStringLiteral("remove_%1").arg(id));
    buttons->addWidget(card.save);
    buttons->addWidget(card.test);
    buttons->addWidget(card.remove);
    buttons->addStretch(1);
    v->addLayout(buttons);
    card.result = new QLabel(box);
    card.result->setObjectName(QStringLiteral("result_%1").arg(id));
    card.result->setWordWrap(true);
    card.result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    card.result->hide();
    v->addWidget(card.result);

    connect(card.save, &QPushButton::clicked, this, [this, id] { save(id); });
    connect(card.test, &QPushButton::clicked, this, [this, id] { test(id); });
    connect(card.remove, &QPushButton::clicked, this, [this, id] { remove(id); });
    connect(card.baseUrl, &QLineEdit::editingFinished, this, [this, id] { saveBaseUrl(id); });
    connect(card.enabled, &QCheckBox::toggled, this, [this, id](bool on) {
        if (m_settings) {
            if (auto r = m_settings->setEnabled(id, on); !r) {
                showResult(id, r.error().message, false);
                return;
            }
        }
        Q_EMIT providerEnabledChanged(id, on);
    });
    m_cards.insert(id, card);
    return box;
}

void ProviderKeysPanel::reload()
{
    QHash<QString, bool> enabled;
    QHash<QString, QUrl> urls;
    if (m_settings) {
        if (auto e = m_settings->enabledStates())
            enabled = *e;
        if (auto u = m_settings->baseUrls())
            urls = *u;
    }
    for (auto it = m_cards.begin(); it != m_cards.end(); ++it) {
        const QSignalBlocker blocker(it->enabled);
        it->enabled->setChecked(enabled.value(it.key(), true));
        it->baseUrl->setText(urls.value(it.key()).toString());
        refreshStatus(it.key());
    }
}

void ProviderKeysPanel::refreshStatus(const QString &providerId)
{
    QPointer<ProviderKeysPanel> self(this);
    m_cards[providerId].status->setText(tr("checking the keychain…"));
    m_keys.load(providerId, [self, providerId](Result<ProviderKeys::Loaded> loaded) {
        if (!self || !self->m_cards.contains(providerId))
            return;
        Card &card = self->m_cards[providerId];
        QString text;
        QString colour = QStringLiteral("#757575");
        if (!loaded) {
            text = tr("keychain unavailable");
            colour = QStringLiteral("#c62828");
            card.status->setToolTip(loaded.error().message);
        } else {
            switch (loaded->origin) {
            case ProviderKeys::Origin::Environment:
                text = tr("key from the environment (%1)").arg(ProviderKeys::environmentVariables(providerId).value(0));
                colour = QStringLiteral("#2e7d32");
                break;
            case ProviderKeys::Origin::Keychain:
                text = tr("key stored in the keychain");
                colour = QStringLiteral("#2e7d32");
                break;
            case ProviderKeys::Origin::None:
                text = tr("no key");
                break;
            }
            card.status->setToolTip(QString());
            if (card.account && card.account->text().isEmpty())
                card.account->setText(loaded->credentials.account);
        }
        card.status->setText(QStringLiteral("<span style=\"color:%1\">● %2</span>").arg(colour, text.toHtmlEscaped()));
        card.test->setEnabled(loaded && loaded->origin != ProviderKeys::Origin::None);
        card.remove->setEnabled(loaded && loaded->origin == ProviderKeys::Origin::Keychain);
    });
}

void ProviderKeysPanel::save(const QString &providerId)
{
    Card &card = m_cards[providerId];
    ProviderCredentials c;
    c.key = card.key->text().trimmed();
    c.secret = card.secret ? card.secret->text().trimmed() : QString();
    c.account = card.account ? card.account->text().trimmed() : QString();
    if (c.key.isEmpty()) {
        showResult(providerId, tr("Enter the key first."), false);
        return;
    }
    if (card.secret && c.secret.isEmpty()) {
        showResult(providerId, tr("%1 needs the secret key too.").arg(card.provider->displayName()), false);
        return;
    }
    if (card.account && c.account.isEmpty()) {
        showResult(providerId, tr("%1 needs the %2").arg(card.provider->displayName(), accountLabel(providerId).chopped(1)),
                   false);
        return;
    }
    card.save->setEnabled(false);
    QPointer<ProviderKeysPanel> self(this);
    QPointer<Provider> provider(card.provider);
    m_keys.save(providerId, c, [self, provider, providerId, c](Result<void> r) {
        if (!self)
            return;
        Card &cd = self->m_cards[providerId];
        cd.save->setEnabled(true);
        if (!r) {
            self->showResult(providerId, r.error().message, false);
            return;
        }
        cd.key->clear();
        if (cd.secret)
            cd.secret->clear();
        // The environment still wins where it is set.
        if (provider && ProviderKeys::fromEnvironment(providerId).isEmpty())
            provider->setCredentials(c);
        self->showResult(providerId, tr("Stored in %1. Press Test to check it.").arg(self->m_keys.store().backendName()),
                         true);
        self->refreshStatus(providerId);
        Q_EMIT self->credentialsChanged(providerId);
    });
}

void ProviderKeysPanel::test(const QString &providerId)
{
    Card &card = m_cards[providerId];
    card.test->setEnabled(false);
    card.test->setText(tr("Testing…"));
    showResult(providerId, tr("Calling %1…").arg(card.provider->displayName()), true);
    QPointer<ProviderKeysPanel> self(this);
    card.provider->checkAccess([self, providerId](Result<QString> r) {
        if (!self)
            return;
        Card &cd = self->m_cards[providerId];
        cd.test->setEnabled(true);
        cd.test->setText(tr("Test"));
        if (r)
            self->showResult(providerId, *r, true);
        else
            self->showResult(providerId, r.error().message, false);
    });
}

void ProviderKeysPanel::remove(const QString &providerId)
{
    QPointer<ProviderKeysPanel> self(this);
    QPointer<Provider> provider(m_cards[providerId].provider);
    m_keys.remove(providerId, [self, provider, providerId](Result<void> r) {
        if (!self)
            return;
        if (!r) {
            self->showResult(providerId, r.error().message, false);
            return;
        }
        if (provider)
            provider->setCredentials(ProviderKeys::fromEnvironment(providerId));
        self->showResult(providerId, tr("The key was removed from %1.").arg(self->m_keys.store().backendName()), true);
        self->refreshStatus(providerId);
        Q_EMIT self->credentialsChanged(providerId);
    });
}

void ProviderKeysPanel::saveBaseUrl(const QString &providerId)
{
    Card &card = m_cards[providerId];
    const QString text = card.baseUrl->text().trimmed();
    const QUrl url(text, QUrl::StrictMode);
    if (!text.isEmpty() && (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))) {
        showResult(providerId, tr("\"%1\" is not an http(s) URL.").arg(text), false);
        return;
    }
    if (!m_settings) {
        showResult(providerId, tr("The database is unavailable, so the base URL cannot be saved."), false);
        return;
    }
    if (auto r = m_settings->setBaseUrl(providerId, text.isEmpty() ? QUrl() : url); !r) {
        showResult(providerId, r.error().message, false);
        return;
    }
    showResult(providerId, text.isEmpty() ? tr("Back to the public API the next time GPU Desk starts.")
                                          : tr("Saved; used the next time GPU Desk starts."),
               true);
}

void ProviderKeysPanel::showResult(const QString &providerId, const QString &text, bool ok)
{
    QLabel *l = m_cards[providerId].result;
    l->setStyleSheet(ok ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b71c1c;"));
    l->setText(text);
    l->show();
}

QLineEdit *ProviderKeysPanel::keyField(const QString &id) const { return m_cards.value(id).key; }
QLineEdit *ProviderKeysPanel::secretField(const QString &id) const { return m_cards.value(id).secret; }
QLineEdit *ProviderKeysPanel::accountField(const QString &id) const { return m_cards.value(id).account; }
QPushButton *ProviderKeysPanel::saveButton(const QString &id) const { return m_cards.value(id).save; }
QPushButton *ProviderKeysPanel::testButton(const QString &id) const { return m_cards.value(id).test; }
QPushButton *ProviderKeysPanel::removeButton(const QString &id) const { return m_cards.value(id).remove; }
QLabel *ProviderKeysPanel::statusLabel(const QString &id) const { return m_cards.value(id).status; }
QLabel *ProviderKeysPanel::resultLabel(const QString &id) const { return m_cards.value(id).result; }

} // namespace gpudesk
