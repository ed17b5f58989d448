// Settings → Providers and keys, and Marketplace → Refresh prices, against a fake Lambda on
// 127.0.0.1 and an in-memory keychain: a key typed in is stored, tested, used for live offers,
// and removed; failures are shown in the card in words a user can act on.

#include "FaultHttpServer.h"
#include "catalog/Catalog.h"
#include "catalog/MarketplacePage.h"
#include "catalog/OfferTableModel.h"
#include "core/AppContext.h"
#include "providers/Provider.h"
#include "providers/ProviderRegistry.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/ProviderKeys.h"
#include "services/OfferRefresh.h"
#include "services/Services.h"
#include "settings/ProviderKeysPanel.h"
#include "settings/SettingsPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace gpudesk;
using namespace gpudesk::test;

namespace {

const QByteArray kKey = "test_lambda_key_0a1b2c3d";

QByteArray instanceTypes()
{
    return "{\"data\":{\"gpu_3x_h100_sxm5\":{\"instance_type\":{\"name\":\"gpu_3x_h100_sxm5\","
           "\"description\":\"3x H100 (80 GB SXM5)\",\"gpu_description\":\"H100 (80 GB SXM5)\","
           "\"price_cents_per_hour\":2392,\"specs\":{\"vcpus\":208,\"memory_gib\":1800,\"storage_gib\":24780,"
           "\"gpus\":3}},\"regions_with_capacity_available\":[{\"name\":\"us-east-3\",\"description\":\"Washington DC, "
           "USA\"}]}}}";
}

} // namespace

class TestSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FaultHttpServer m_lambda;
    std::unique_ptr<Services> m_services;
    MemorySecretStore *m_store = nullptr;
    bool m_reject = false;

private Q_SLOTS:
    void initTestCase()
    {
        AppContext::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        for (const char *v : {"LAMBDA_API_KEY", "RUNPOD_API_KEY", "VAST_API_KEY", "CRUSOE_ACCESS_KEY", "LEPTON_API_TOKEN"})
            qunsetenv(v);
        QVERIFY(m_lambda.listen());
        qputenv("GPUDESK_LAMBDA_BASE_URL", m_lambda.url().toString().toUtf8());
        m_lambda.setHandler([this](const HttpCall &call) {
            if (m_reject || call.header("authorization") != "Bearer " + kKey)
                return HttpAnswer::json(401, "{\"error\":{\"code\":\"global/invalid-api-key\",\"message\":\"API key was "
                                             "invalid, expired, or deleted.\"}}");
            if (call.path() == QLatin1String("/api/v1/instance-types"))
                return HttpAnswer::json(200, instanceTypes());
            if (call.path() == QLatin1String("/api/v1/instances"))
                return HttpAnswer::json(200, "{\"data\":[]}");
            return HttpAnswer::json(404, "{}");
        });
        // Every provider points at 127.0.0.1 (RunPod at a closed port): no test may reach the internet.
        for (const char *v : {"GPUDESK_RUNPOD_BASE_URL", "GPUDESK_VASTAI_BASE_URL", "GPUDESK_CRUSOE_BASE_URL",
                              "GPUDESK_LEPTON_BASE_URL"})
            qputenv(v, "http://127.0.0.1:9/");
        m_services = std::make_unique<Services>();
        auto store = std::make_unique<MemorySecretStore>();
        m_store = store.get();
        m_services->setSecretStore(std::move(store));
        QVERIFY(m_services->open(m_dir.path()).ok());
        QVERIFY(m_services->hasDatabase());
    }

    void cleanupTestCase()
    {
        m_services.reset();
        qunsetenv("GPUDESK_LAMBDA_BASE_URL");
    }

    void storeTestAndRemoveAKey()
    {
        SettingsPage page(*m_services->providers(), *m_services->keys(), m_services->providerSettings(), m_dir.path());
        page.resize(1100, 900);
        page.show();
        QTRY_VERIFY(page.providerKeys()->statusLabel(QStringLiteral("lambda"))->text().contains(QStringLiteral("no key")));
        QVERIFY(!page.providerKeys()->testButton(QStringLiteral("lambda"))->isEnabled());
        Provider *lambda = m_services->providers()->provider(QStringLiteral("lambda"));
        QVERIFY(!lambda->hasCredentials());

        // Save with an empty field says what is missing.
        page.providerKeys()->saveButton(QStringLiteral("lambda"))->click();
        QCOMPARE(page.providerKeys()->resultLabel(QStringLiteral("lambda"))->text(), QStringLiteral("Enter the key first."));

        QTest::keyClicks(page.providerKeys()->keyField(QStringLiteral("lambda")), QString::fromLatin1(kKey));
        QCOMPARE(page.providerKeys()->keyField(QStringLiteral("lambda"))->echoMode(), QLineEdit::Password);
        page.providerKeys()->saveButton(QStringLiteral("lambda"))->click();
        QTRY_VERIFY(page.providerKeys()->statusLabel(QStringLiteral("lambda"))->text().contains(QStringLiteral("key stored in the keychain")));
        QVERIFY(page.providerKeys()->keyField(QStringLiteral("lambda"))->text().isEmpty()); // never shown again
        QVERIFY(lambda->hasCredentials());
        QVERIFY(m_store->entries().contains(QStringLiteral("provider/lambda")));

        const QString grab = QStringLiteral(GPUDESK_TEST_OUT "/settings-providers.png");
        page.grab().save(grab);

        page.providerKeys()->testButton(QStringLiteral("lambda"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(page.providerKeys()->testButton(QStringLiteral("lambda"))->text() == QStringLiteral("Test"), 20000);
        QVERIFY2(page.providerKeys()->resultLabel(QStringLiteral("lambda"))->text().startsWith(QStringLiteral("Lambda")),
                 qPrintable(page.providerKeys()->resultLabel(QStringLiteral("lambda"))->text()));
        QVERIFY(!page.providerKeys()->resultLabel(QStringLiteral("lambda"))->text().contains(QStringLiteral("rejected")));

        m_reject = true;
        page.providerKeys()->testButton(QStringLiteral("lambda"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(page.providerKeys()->resultLabel(QStringLiteral("lambda"))->text().contains(QStringLiteral("rejected the API key (401)")),
                                 20000);
        QVERIFY(page.providerKeys()->resultLabel(QStringLiteral("lambda"))->text().contains(QStringLiteral("Settings → Providers → Lambda")));
        m_reject = false;

        page.providerKeys()->removeButton(QStringLiteral("lambda"))->click();
        QTRY_VERIFY(page.providerKeys()->statusLabel(QStringLiteral("lambda"))->text().contains(QStringLiteral("no key")));
        QVERIFY(!lambda->hasCredentials());
        QVERIFY(!m_store->entries().contains(QStringLiteral("provider/lambda")));
    }

    void refreshPricesShowsLiveOffersAndSaysWhatFailed()
    {
        Provider *lambda = m_services->providers()->provider(QStringLiteral("lambda"));
        lambda->setCredentials(ProviderCredentials{QString::fromLatin1(kKey), {}, {}});
        // RunPod has a key too, but its server does not exist: its failure must not hide Lambda's offers.
        Provider *runpod = m_services->providers()->provider(QStringLiteral("runpod"));
        runpod->setCredentials(ProviderCredentials{QStringLiteral("runpod_test_key_123"), {}, {}});

        MarketplacePage page(m_services->catalog(), m_services->providerSettings());
        page.resize(1300, 800);
        page.show();
        OfferRefresh refresh(*m_services);
        connect(&refresh, &OfferRefresh::catalogChanged, &page, &MarketplacePage::catalogChanged);
        page.setSearchText(QStringLiteral("gpu_3x_h100_sxm5"));
        page.refresh();
        QCOMPARE(page.model()->rowCount(), 0); // the snapshot has no such instance type

        std::optional<QList<OfferRefresh::Outcome>> outcomes;
        refresh.refresh({QStringLiteral("lambda"), QStringLiteral("runpod")},
                        [&outcomes](QList<OfferRefresh::Outcome> o) { outcomes = std::move(o); });
        QTRY_VERIFY_WITH_TIMEOUT(outcomes.has_value(), 30000);
        QCOMPARE(outcomes->size(), 2);
        QVERIFY(!outcomes->at(0).error);
        QCOMPARE(outcomes->at(0).offers, 1);
        QVERIFY(outcomes->at(1).error);
        QVERIFY2(outcomes->at(1).error->message.startsWith(QStringLiteral("Could not reach RunPod")),
                 qPrintable(outcomes->at(1).error->message));
        QTRY_VERIFY(page.model()->rowCount() > 0);
        QTest::qWait(500);
        QStringList rows;
        for (int r = 0; r < page.model()->rowCount(); ++r) {
            const Offer &o = m_services->catalog().offers()[size_t(page.model()->offerIndexAt(r))];
            rows << o.providerId + QLatin1Char('/') + o.instanceType + QLatin1Char('/') + o.region;
        }
        QVERIFY2(rows.size() == 1, qPrintable(rows.join(QStringLiteral(" | "))));
        lambda->setCredentials({});
        runpod->setCredentials({});
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
