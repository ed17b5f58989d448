#include "FakeProvider.h"
#include "catalog/Catalog.h"
#include "core/Clock.h"
#include "jobs/JobDialog.h"
#include "jobs/JobManager.h"
#include "jobs/JobTableModel.h"
#include "jobs/JobTemplates.h"
#include "jobs/JobsPage.h"
#include "storage/Database.h"
#include "storage/JobRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimeZone>

using namespace gpudesk;
using gpudesk::test::FakeProvider;

class TestJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pageListsJobsAndActsOnThem();
    void orphansAreShownWithAnAction();
    void formValidatesLive();
    void formTemplatesAndOffer();

private:
    bool waitIdle() { return QTest::qWaitFor([this] { return !m_manager->busy(); }, 5000); }
    JobSpec spec() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<JobRepository> m_jobs;
    std::unique_ptr<FakeProvider> m_fake;
    std::unique_ptr<JobManager> m_manager;
};

void TestJobs::initTestCase()
{
    auto catalog = Catalog::loadBundled();
    QVERIFY(catalog.ok());
    m_catalog = std::make_unique<Catalog>(std::move(*catalog));
}

void TestJobs::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("gpudesk.sqlite")));
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 25), QTime(12, 0), QTimeZone::utc()));
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("gpudesk.sqlite"))).ok());
    m_jobs = std::make_unique<JobRepository>(*m_db, *m_clock);
    m_fake = std::make_unique<FakeProvider>(QStringLiteral("sandbox"));
    FakeProvider *fake = m_fake.get();
    ProviderAccess access{[fake](const QString &id) -> Provider * { return id == fake->id() ? fake : nullptr; },
                          [fake] { return QList<Provider *>{fake}; }};
    m_manager = std::make_unique<JobManager>(*m_jobs, access, *m_clock);
}

void TestJobs::cleanup()
{
    m_manager.reset();
    m_fake.reset();
    m_jobs.reset();
    m_db.reset();
}

JobSpec TestJobs::spec() const
{
    JobSpec s;
    s.name = QStringLiteral("notebook");
    s.providerId = QStringLiteral("sandbox");
    s.gpuModel = QStringLiteral("H100 SXM");
    s.gpuCount = 1;
    s.image = QStringLiteral("quay.io/jupyter/pytorch-notebook:latest");
    s.command = QStringLiteral("sleep infinity");
    return s;
}

void TestJobs::pageListsJobsAndActsOnThem()
{
    JobsPage page(*m_jobs, *m_manager, *m_clock);
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("jobsStatus"))->text().contains(QStringLiteral("No jobs yet")));

    auto job = m_manager->launch(spec(), Money::fromCents(349));
    QVERIFY(job.ok());
    QVERIFY(waitIdle());
    QTRY_COMPARE(page.model()->rowCount(), 1);
    page.selectJob(job->id);
    QCOMPARE(page.selectedJobId(), job->id);
    const QModelIndex state = page.model()->index(0, JobTableModel::State);
    QCOMPARE(page.model()->data(state).toString(), JobStates::displayName(JobState::Running));

    auto *stop = page.findChild<QPushButton *>(QStringLiteral("stopJob"));
    auto *start = page.findChild<QPushButton *>(QStringLiteral("startJob"));
    auto *terminate = page.findChild<QPushButton *>(QStringLiteral("terminateJob"));
    QVERIFY(stop->isEnabled());
    QVERIFY(!start->isEnabled());
    QTest::mouseClick(stop, Qt::LeftButton);
    QVERIFY(waitIdle());
    QTRY_COMPARE(m_jobs->get(job->id)->state, JobState::Stopped);
    QTRY_VERIFY(start->isEnabled());

    // Cost so far follows the clock: 2 hours running at the instance's $2/h.
    m_clock->advanceSeconds(3600);
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(waitIdle());
    QTRY_COMPARE(m_jobs->get(job->id)->state, JobState::Running);
    m_clock->advanceSeconds(7200);
    page.reload();
    QCOMPARE(page.model()->data(page.model()->index(0, JobTableModel::CostSoFar)).toString(), QStringLiteral("$4.00"));

    // Terminate asks first; "no" changes nothing, "yes" terminates.
    page.setConfirmForTests([](const QString &) { return false; });
    QTest::mouseClick(terminate, Qt::LeftButton);
    QVERIFY(waitIdle());
    QCOMPARE(m_jobs->get(job->id)->state, JobState::Running);
    QString asked;
    page.setConfirmForTests([&asked](const QString &q) {
        asked = q;
        return true;
    });
    QTest::mouseClick(terminate, Qt::LeftButton);
    QVERIFY(waitIdle());
    QTRY_COMPARE(m_jobs->get(job->id)->state, JobState::Terminated);
    QVERIFY(asked.contains(job->id));
    QTRY_VERIFY(!terminate->isEnabled());

    // The details pane shows the history.
    const QString details = page.findChild<QTextBrowser *>(QStringLiteral("jobDetails"))->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("History")), qPrintable(details));
    QVERIFY(details.contains(JobStates::displayName(JobState::Stopped)));
}

void TestJobs::orphansAreShownWithAnAction()
{
    JobsPage page(*m_jobs, *m_manager, *m_clock);
    page.show();
    m_fake->add(QStringLiteral("pod-stray"), Instance::State::Running);
    m_manager->reconcile();
    QVERIFY(waitIdle());
    auto *box = page.findChild<QWidget *>(QStringLiteral("orphans"));
    QTRY_VERIFY(box->isVisible());
    const auto labels = box->findChildren<QLabel *>();
    bool mentions = false;
    for (QLabel *l : labels)
        mentions |= l->text().contains(QStringLiteral("pod-stray"));
    QVERIFY(mentions);
    page.setConfirmForTests([](const QString &) { return true; });
    auto *action = box->findChild<QPushButton *>(QStringLiteral("orphanAction"));
    QVERIFY(action);
    QTest::mouseClick(action, Qt::LeftButton);
    QVERIFY(waitIdle());
    QTRY_VERIFY(!box->isVisible());
    QCOMPARE(m_fake->instancesById.value(QStringLiteral("pod-stray")).state, Instance::State::Terminated);
}

void TestJobs::formValidatesLive()
{
    JobDialog dialog(*m_catalog, {QStringLiteral("sandbox")});
    dialog.show();
    auto *launch = dialog.findChild<QPushButton *>(QStringLiteral("launch"));
    auto *image = dialog.findChild<QLineEdit *>(QStringLiteral("image"));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("name"));
    image->setText(QStringLiteral("ubuntu:24.04"));
    name->setText(QStringLiteral("dev"));
    QVERIFY2(dialog.errors().isEmpty(), qPrintable(dialog.errors().value(0).message));
    QVERIFY(launch->isEnabled());

    image->clear();
    QVERIFY(!launch->isEnabled());
    QVERIFY(!JobSpecValidator::forField(dialog.errors(), QStringLiteral("image")).isEmpty());
    const QString shown = dialog.findChild<QLabel *>(QStringLiteral("errors"))->text();
    QVERIFY2(shown.contains(QStringLiteral("image")), qPrintable(shown));

    image->setText(QStringLiteral("ubuntu:24.04"));
    name->setText(QStringLiteral("has spaces"));
    QVERIFY(!JobSpecValidator::forField(dialog.errors(), QStringLiteral("name")).isEmpty());
    name->setText(QStringLiteral("dev"));
    dialog.findChild<QLineEdit *>(QStringLiteral("maxRuntime"))->setText(QStringLiteral("2h"));
    QCOMPARE(dialog.spec().maxRuntimeMinutes, 120);
    QVERIFY(launch->isEnabled());
    // The preview is the YAML of the spec.
    const QString yaml = dialog.findChild<QPlainTextEdit *>(QStringLiteral("preview"))->toPlainText();
    QVERIFY2(yaml.contains(QStringLiteral("image: ubuntu:24.04")), qPrintable(yaml));
    QVERIFY(yaml.contains(QStringLiteral("max_runtime: 2h")));
}

void TestJobs::formTemplatesAndOffer()
{
    JobDialog dialog(*m_catalog, {QStringLiteral("sandbox")});
    dialog.applyTemplate(JobTemplates::JupyterId);
    JobSpec s = dialog.spec();
    QCOMPARE(s.templateId, JobTemplates::JupyterId);
    QVERIFY(s.ports.contains(JobTemplates::kJupyterPort));
    bool token = false;
    for (const auto &e : s.env)
        token |= e.name == QStringLiteral("JUPYTER_TOKEN") && e.value.size() >= 16;
    QVERIFY(token);

    // "Launch on this offer" from the Marketplace: the Sandbox's 4x H100 SXM.
    int offer = -1;
    for (int i = 0; i < int(m_catalog->offers().size()); ++i) {
        const Offer &o = m_catalog->offers()[size_t(i)];
        if (o.providerId == QStringLiteral("sandbox") && o.gpuModel == QStringLiteral("H100 SXM") && o.gpuCount == 4)
            offer = i;
    }
    QVERIFY(offer >= 0);
    dialog.setOffer(offer);
    s = dialog.spec();
    QCOMPARE(s.gpuModel, QStringLiteral("H100 SXM"));
    QCOMPARE(s.gpuCount, 4);
    QCOMPARE(s.instanceType, m_catalog->offers()[size_t(offer)].instanceType);
    QVERIFY(dialog.offer().has_value());
    const QString estimate = dialog.findChild<QLabel *>(QStringLiteral("estimate"))->text();
    QVERIFY2(estimate.contains(m_catalog->offers()[size_t(offer)].pricePerHour->toString(2)), qPrintable(estimate));
    QVERIFY(estimate.contains(QStringLiteral("simulated")));
    // More GPUs than the offer has is refused.
    JobSpec tooMany = s;
    tooMany.gpuCount = 8;
    dialog.setSpec(tooMany);
    QVERIFY(!JobSpecValidator::forField(dialog.errors(), QStringLiteral("gpu.count")).isEmpty());
}

QTEST_MAIN(TestJobs)
#include "tst_jobs.moc"
