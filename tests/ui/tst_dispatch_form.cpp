// "Best available" in the job form: the ranked candidates across providers (with the reason for
// each) appear before launch and follow the constraints as they change; Launch is offered only
// when something matches. Settings → Sandbox stores the GPU models the Sandbox refuses. The form is
// rendered offscreen to a PNG (the README's screenshot of the ranked view).

#include "catalog/Catalog.h"
#include "core/Clock.h"
#include "dispatch/AttemptRepository.h"
#include "dispatch/Dispatcher.h"
#include "jobs/JobManager.h"
#include "jobs/JobsPage.h"
#include "storage/JobRepository.h"
#include "jobs/JobDialog.h"
#include "jobs/JobYaml.h"
#include "providers/ProviderRegistry.h"
#include "providers/sandbox/SandboxProvider.h"
#include "providers/sandbox/SandboxSettings.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/ProviderKeys.h"
#include "settings/SettingsPage.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace gpudesk;

class TestDispatchForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bestAvailableShowsRankedCandidates();
    void settingsSandboxTabStoresTheSwitch();
    void jobsViewShowsTheAttempts();

private:
    DispatchContext context() const;

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Catalog> m_catalog;
};

void TestDispatchForm::initTestCase()
{
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 25), QTime(12, 0), QTimeZone::utc()));
    auto catalog = Catalog::loadBundled(*m_clock);
    QVERIFY(catalog.ok());
    m_catalog = std::make_unique<Catalog>(std::move(*catalog));
}

DispatchContext TestDispatchForm::context() const
{
    DispatchContext c;
    c.catalog = m_catalog.get();
    c.launchable = {QStringLiteral("lambda"), QStringLiteral("runpod"), QStringLiteral("vastai"), QStringLiteral("sandbox")};
    c.now = m_clock->now();
    c.userContinent = Continent::NorthAmerica;
    return c;
}

void TestDispatchForm::bestAvailableShowsRankedCandidates()
{
    JobDialog dialog(*m_catalog, {QStringLiteral("sandbox"), QStringLiteral("lambda")});
    int rankings = 0;
    dialog.setRanker([this, &rankings](const JobSpec &spec) {
        ++rankings;
        return Dispatcher::rank(spec, context());
    });
    auto *provider = dialog.findChild<QComboBox *>(QStringLiteral("provider"));
    QVERIFY(provider);
    QCOMPARE(provider->itemData(0).toString(), QStringLiteral("auto"));
    auto *table = dialog.candidateTable();
    QVERIFY(table);
    QVERIFY(!table->isVisibleTo(&dialog));

    provider->setCurrentIndex(0);
    QVERIFY(dialog.isAutoPlaced());
    dialog.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("llama-finetune"));
    dialog.findChild<QLineEdit *>(QStringLiteral("gpuModel"))->setText(QStringLiteral("H100, H200"));
    dialog.findChild<QLineEdit *>(QStringLiteral("maxPrice"))->setText(QStringLiteral("4"));
    QVERIFY(table->isVisibleTo(&dialog));
    QVERIFY(rankings > 0);

    const JobSpec spec = dialog.spec();
    QCOMPARE(spec.providerId, QStringLiteral("auto"));
    QCOMPARE(spec.placement.gpuModels, QStringList({QStringLiteral("H100"), QStringLiteral("H200")}));
    QCOMPARE(spec.maxPricePerHour, Money::fromDollars(4));
    const PlacementRanking &ranking = dialog.ranking();
    QVERIFY(!ranking.candidates.empty());
    QCOMPARE(table->rowCount(), std::min<int>(int(ranking.candidates.size()), 50));
    // What the table shows is the ranking, best first, each with its reason.
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("1"));
    QCOMPARE(table->item(0, 1)->text(), ranking.candidates.front().providerName);
    QCOMPARE(table->item(0, 5)->text(), ranking.candidates.front().reason);
    QVERIFY(table->item(0, 5)->text().startsWith(QStringLiteral("Cheapest match")));
    for (const PlacementCandidate &c : ranking.candidates) {
        QVERIFY(c.offer.gpuModel.startsWith(QStringLiteral("H100")) || c.offer.gpuModel.startsWith(QStringLiteral("H200")));
        QVERIFY(*c.offer.pricePerHour <= Money::fromDollars(4));
        QVERIFY(c.offer.providerId != QStringLiteral("sandbox")); // simulated offers only when named
    }
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("rankingSummary"));
    QVERIFY(summary->text().contains(QStringLiteral("H100 or H200 under $4.00/h")));
    auto *launch = dialog.findChild<QPushButton *>(QStringLiteral("launch"));
    QVERIFY(launch->isEnabled());
    QVERIFY(JobYaml::write(spec).contains(QStringLiteral("placement:")));

    // A constraint nothing meets: no candidates, no Launch.
    dialog.findChild<QLineEdit *>(QStringLiteral("maxPrice"))->setText(QStringLiteral("0.10"));
    QVERIFY(dialog.ranking().candidates.empty());
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(!launch->isEnabled());
    dialog.findChild<QLineEdit *>(QStringLiteral("maxPrice"))->setText(QStringLiteral("4"));
    QVERIFY(launch->isEnabled());

    dialog.resize(1500, 900);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString png = QStringLiteral(GPUDESK_TEST_OUT "/dispatch.png");
    QVERIFY(dialog.grab().save(png));
}

void TestDispatchForm::settingsSandboxTabStoresTheSwitch()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("gpudesk.sqlite"))).ok());
    auto registry = ProviderRegistry::createDefault(dir.path(), {});
    MemorySecretStore secrets;
    ProviderKeys keys(secrets);
    SandboxSettings settings(db);
    auto *sandbox = registry->provider<SandboxProvider>(QStringLiteral("sandbox"));
    QVERIFY(sandbox);
    SettingsPage page(*registry, keys, nullptr, dir.path());
    page.addSandboxTab(settings, *sandbox);
    page.sandboxNoCapacityField()->setText(QStringLiteral("H100, B200 ,h100"));
    auto *save = page.findChild<QPushButton *>(QStringLiteral("sandboxSave"));
    QVERIFY(save);
    save->click();
    QCOMPARE(settings.noCapacityModels().value(), QStringList({QStringLiteral("H100"), QStringLiteral("B200")}));
    qunsetenv("GPUDESK_SANDBOX_NO_CAPACITY");
    QCOMPARE(sandbox->noCapacityModels(), QStringList({QStringLiteral("H100"), QStringLiteral("B200")}));
    qputenv("GPUDESK_SANDBOX_NO_CAPACITY", "A100");
    QCOMPARE(sandbox->noCapacityModels(), QStringList({QStringLiteral("H100"), QStringLiteral("B200"), QStringLiteral("A100")}));
    qunsetenv("GPUDESK_SANDBOX_NO_CAPACITY");
}

void TestDispatchForm::jobsViewShowsTheAttempts()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("gpudesk.sqlite"))).ok());
    JobRepository jobs(db, *m_clock);
    AttemptRepository attempts(db);
    JobRecord record;
    record.spec.name = QStringLiteral("failover-demo");
    record.spec.providerId = JobSpec::autoProviderId();
    record.providerId = QStringLiteral("sandbox");
    record.state = JobState::Running;
    record.instanceId = QStringLiteral("sbx-1");
    auto job = jobs.create(record);
    QVERIFY(job.ok());
    JobAttempt refused;
    refused.jobId = job->id;
    refused.providerId = QStringLiteral("sandbox");
    refused.instanceType = QStringLiteral("sandbox-1x-h100sxm");
    refused.gpuModel = QStringLiteral("H100 SXM");
    refused.gpuCount = 1;
    refused.pricePerHour = Money::fromCents(349);
    refused.outcome = JobAttempt::Outcome::NoCapacity;
    refused.message = QStringLiteral("The Sandbox has no H100 SXM capacity right now.");
    refused.startedAt = m_clock->now();
    QVERIFY(attempts.add(refused).ok());
    JobAttempt launched = refused;
    launched.instanceType = QStringLiteral("sandbox-1x-a10080gbsxm");
    launched.gpuModel = QStringLiteral("A100 80GB SXM");
    launched.outcome = JobAttempt::Outcome::Launched;
    launched.instanceId = QStringLiteral("sbx-1");
    QVERIFY(attempts.add(launched).ok());

    JobManager manager(jobs, ProviderAccess{}, *m_clock);
    JobsPage page(jobs, manager, *m_clock);
    page.setAttempts(&attempts);
    page.reload();
    page.selectJob(job->id);
    const QString details = page.findChild<QTextBrowser *>(QStringLiteral("jobDetails"))->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("Placement attempts")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("H100 SXM")) && details.contains(QStringLiteral("no capacity"))
                 && details.contains(QStringLiteral("The Sandbox has no H100 SXM capacity right now.")),
             qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("A100 80GB SXM")) && details.contains(QStringLiteral("launched"))
                 && details.contains(QStringLiteral("sbx-1")) && details.contains(QStringLiteral("$3.49/h")),
             qPrintable(details));
}

QTEST_MAIN(TestDispatchForm)
#include "tst_dispatch_form.moc"
