// Settings → Appearance: the theme switches the whole app at once (and back), is remembered for
// the next start, and the language choice is stored for the next start. Screenshots in both themes.

#include "core/AppContext.h"
#include "core/AppSettings.h"
#include "providers/ProviderRegistry.h"
#include "secrets/MemorySecretStore.h"
#include "services/Services.h"
#include "settings/SettingsPage.h"
#include "widgets/Theme.h"

#include <QApplication>
#include <QComboBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace gpudesk;

class TestAppearance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void themeAndLanguage();
};

void TestAppearance::themeAndLanguage()
{
    AppContext::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    QTemporaryDir dir;
    Services services;
    services.setSecretStore(std::make_unique<MemorySecretStore>());
    QVERIFY(services.open(dir.path()).ok());
    SettingsPage page(*services.providers(), *services.keys(), services.providerSettings(), dir.path());
    page.resize(1000, 700);
    page.show();
    auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
    QVERIFY(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabText(i) == QStringLiteral("Appearance"))
            tabs->setCurrentIndex(i);
    }
    auto *theme = page.findChild<QComboBox *>(QStringLiteral("themeBox"));
    auto *language = page.findChild<QComboBox *>(QStringLiteral("languageBox"));
    QVERIFY(theme && language);
    QCOMPARE(theme->currentData().toString(), QStringLiteral("system"));
    QVERIFY(!Theme::isDark());
    const QColor lightWindow = QApplication::palette().color(QPalette::Window);

    theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
    QVERIFY(Theme::isDark());
    QTRY_VERIFY(page.palette().color(QPalette::Window).lightness() < 128); // widgets follow
    QCOMPARE(AppSettings(dir.path()).theme(), QStringLiteral("dark"));
    QVERIFY(page.grab().save(QStringLiteral(GPUDESK_TEST_OUT "/appearance-dark.png")));

    theme->setCurrentIndex(theme->findData(QStringLiteral("system")));
    QVERIFY(!Theme::isDark());
    QCOMPARE(QApplication::palette().color(QPalette::Window), lightWindow);
    QCOMPARE(AppSettings(dir.path()).theme(), QStringLiteral("system"));
    QVERIFY(page.grab().save(QStringLiteral(GPUDESK_TEST_OUT "/appearance-light.png")));

    language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
    QCOMPARE(AppSettings(dir.path()).language(), QStringLiteral("zh_CN"));

    // Terminal scrollback and GPU sampling: stored, and announced to the terminals and the sampler.
    QSignalSpy terminal(&page, &SettingsPage::terminalPreferencesChanged);
    QSignalSpy sampling(&page, &SettingsPage::samplingIntervalChanged);
    auto *scrollback = page.findChild<QSpinBox *>(QStringLiteral("scrollbackBox"));
    auto *interval = page.findChild<QSpinBox *>(QStringLiteral("samplingBox"));
    QVERIFY(scrollback && interval);
    QCOMPARE(scrollback->value(), 10'000);
    scrollback->setValue(50'000);
    Q_EMIT scrollback->editingFinished();
    QCOMPARE(AppSettings(dir.path()).terminalScrollback(), 50'000);
    QVERIFY(!terminal.isEmpty());
    QCOMPARE(terminal.last().at(1).toInt(), 50'000);
    interval->setValue(30);
    Q_EMIT interval->editingFinished();
    QCOMPARE(AppSettings(dir.path()).samplingIntervalSeconds(), 30);
    QCOMPARE(sampling.count(), 1);
}

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
