// Budgets: the repository, thresholds fired once per month (and kept across restarts), forecasts,
// and idle policies' storage. Auto-stop on real Sandbox jobs is in tst_costs_sandbox.

#include "billing/BudgetMonitor.h"
#include "billing/BudgetRepository.h"
#include "billing/Ledger.h"
#include "billing/LedgerRepository.h"
#include "core/Clock.h"
#include "core/Notifier.h"
#include "metrics/IdlePolicyRepository.h"
#include "storage/Database.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace gpudesk;

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
}

BillingRule perSecond(const QString &provider)
{
    BillingRule r;
    r.providerId = provider;
    r.simulated = provider == QStringLiteral("sandbox");
    return r;
}

} // namespace

class TestBudget : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock { utc(2026, 11, 10, 12) };
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<BudgetRepository> m_budgets;

    void open()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(QDir(m_dir.path()).filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())))));
        m_ledger = std::make_unique<Ledger>(*m_db, m_clock);
        m_ledger->setRules(&perSecond);
        m_budgets = std::make_unique<BudgetRepository>(*m_db);
    }

    void add(const QString &job, const QString &provider, const QString &project, Money rate, const QDateTime &start,
        const QDateTime &end)
    {
        UsageInterval i;
        i.jobId = job;
        i.providerId = provider;
        i.project = project;
        i.gpuModel = QStringLiteral("H100 SXM");
        i.gpuCount = 1;
        i.ratePerHour = rate;
        i.simulated = provider == QStringLiteral("sandbox");
        i.startedAt = start;
        i.endedAt = end;
        i.lastCheckpointAt = end.isValid() ? end : start;
        QVERIFY(LedgerRepository(*m_db).insert(i));
    }

private Q_SLOTS:
    void init()
    {
        m_clock.set(utc(2026, 11, 10, 12));
        open();
    }
    void cleanup()
    {
        m_budgets.reset();
        m_ledger.reset();
        m_db.reset();
    }

    void repository()
    {
        Budget b;
        b.monthly = Money::fromDollars(500);
        b.project = QStringLiteral("vision");
        b.createdAt = m_clock.now();
        auto stored = m_budgets->set(b);
        QVERIFY(stored);
        QVERIFY(stored->id > 0);
        // The same scope again replaces the amount, keeping the id.
        b.monthly = Money::fromDollars(800);
        b.autoStop = true;
        auto again = m_budgets->set(b);
        QVERIFY(again);
        QCOMPARE(again->id, stored->id);
        QCOMPARE(again->monthly, Money::fromDollars(800));
        QVERIFY(again->autoStop);
        Budget all;
        all.monthly = Money::fromDollars(1000);
        QVERIFY(m_budgets->set(all));
        QCOMPARE(m_budgets->list()->size(), 2);
        QCOMPARE(all.scopeText(), QStringLiteral("all jobs"));
        QCOMPARE(again->scopeText(), QStringLiteral("project vision"));
        Budget zero;
        QCOMPARE(m_budgets->set(zero).error().kind, Error::Kind::InvalidInput);
        QVERIFY(m_budgets->remove(stored->id));
        QCOMPARE(m_budgets->remove(stored->id).error().kind, Error::Kind::NotFound);
        QCOMPARE(m_budgets->list()->size(), 1);
    }

    // 50, 80 and 100 % each fire once in a month, persisted across a restart; a new month starts over.
    void thresholdsFireOncePerMonth()
    {
        Budget b;
        b.monthly = Money::fromDollars(100);
        b.providerId = QStringLiteral("lambda");
        auto stored = m_budgets->set(b);
        QVERIFY(stored);
        Notifier notifier;
        QSignalSpy notified(&notifier, &Notifier::notified);
        BudgetMonitor monitor(*m_ledger, *m_budgets, m_clock, nullptr, &notifier);
        monitor.setTimeZone(QTimeZone::utc());

        // $10/h running since 08:00 on lambda; $40 on runpod (another scope) does not count.
        add(QStringLiteral("j-1"), QStringLiteral("lambda"), QString(), Money::fromDollars(10), utc(2026, 11, 10, 8), {});
        add(QStringLiteral("j-2"), QStringLiteral("runpod"), QString(), Money::fromDollars(40), utc(2026, 11, 10, 8),
            utc(2026, 11, 10, 9));
        // October's spend is not November's.
        add(QStringLiteral("j-0"), QStringLiteral("lambda"), QString(), Money::fromDollars(100), utc(2026, 10, 30, 8),
            utc(2026, 10, 30, 10));
        auto fired = monitor.evaluate();
        QVERIFY(fired);
        QVERIFY(fired->isEmpty()); // $40 = 40 %

        auto status = monitor.status(*stored);
        QVERIFY(status);
        QCOMPARE(status->spent, Money::fromDollars(40));
        QCOMPARE(status->percent, 40);
        QCOMPARE(status->burnRatePerHour, Money::fromDollars(10));
        QCOMPARE(status->runningJobs, QStringList { QStringLiteral("j-1") });
        // 20 days and 12 hours left at $10/h.
        QCOMPARE(status->monthEndForecast, Money::fromDollars(40 + 10 * (20 * 24 + 12)));
        QCOMPARE(status->runsOutAt, std::optional<QDateTime>(utc(2026, 11, 10, 18)));

        m_clock.set(utc(2026, 11, 10, 13)); // $50
        fired = monitor.evaluate();
        QCOMPARE(fired->size(), 1);
        QCOMPARE(fired->first().threshold, 50);
        QCOMPARE(fired->first().period, QStringLiteral("2026-11"));
        QCOMPARE(notified.size(), 1);
        QCOMPARE(notifier.recent().last().kind, Notification::Kind::BudgetThreshold);
        QVERIFY(notifier.recent().last().message.contains(QStringLiteral("$50.00")));
        QVERIFY(monitor.evaluate()->isEmpty()); // not again

        m_clock.set(utc(2026, 11, 10, 17)); // $90: 80 % fires
        fired = monitor.evaluate();
        QCOMPARE(fired->size(), 1);
        QCOMPARE(fired->first().threshold, 80);

        // A restart (new monitor, same database) does not repeat them.
        BudgetMonitor restarted(*m_ledger, *m_budgets, m_clock, nullptr, &notifier);
        restarted.setTimeZone(QTimeZone::utc());
        QVERIFY(restarted.evaluate()->isEmpty());

        m_clock.set(utc(2026, 11, 10, 18, 30)); // $105
        fired = restarted.evaluate();
        QCOMPARE(fired->size(), 1);
        QCOMPARE(fired->first().threshold, 100);
        QCOMPARE(notifier.recent().last().severity, Notification::Severity::Critical);
        QCOMPARE(m_budgets->alerts(stored->id, QStringLiteral("2026-11"))->size(), 3);
        QVERIFY(!restarted.status(*stored)->runsOutAt);

        // December: the job ran on; 50, 80 and 100 % fire again as one notification (the highest).
        m_clock.set(utc(2026, 12, 1, 11));
        const int before = int(notified.size());
        fired = restarted.evaluate();
        QCOMPARE(fired->size(), 3);
        QCOMPARE(notified.size(), before + 1);
        QCOMPARE(restarted.status(*stored)->period, QStringLiteral("2026-12"));
        QCOMPARE(restarted.status(*stored)->spent, Money::fromDollars(110));
    }

    // A project budget covers the project's jobs on every provider; "default" covers jobs without one;
    // Sandbox spend counts (simulated, for the demo).
    void scopes()
    {
        add(QStringLiteral("j-a"), QStringLiteral("lambda"), QStringLiteral("vision"), Money::fromDollars(2),
            utc(2026, 11, 1), utc(2026, 11, 1, 1));
        add(QStringLiteral("j-b"), QStringLiteral("sandbox"), QStringLiteral("vision"), Money::fromDollars(3),
            utc(2026, 11, 1), utc(2026, 11, 1, 1));
        add(QStringLiteral("j-c"), QStringLiteral("lambda"), QString(), Money::fromDollars(5), utc(2026, 11, 1),
            utc(2026, 11, 1, 1));
        BudgetMonitor monitor(*m_ledger, *m_budgets, m_clock);
        monitor.setTimeZone(QTimeZone::utc());
        auto spent = [&](const QString &project, const QString &provider) {
            Budget b;
            b.monthly = Money::fromDollars(100);
            b.project = project;
            b.providerId = provider;
            return monitor.status(b)->spent;
        };
        QCOMPARE(spent(QStringLiteral("vision"), QString()), Money::fromDollars(5));
        QCOMPARE(spent(QStringLiteral("vision"), QStringLiteral("lambda")), Money::fromDollars(2));
        QCOMPARE(spent(QStringLiteral("default"), QString()), Money::fromDollars(5));
        QCOMPARE(spent(QString(), QString()), Money::fromDollars(10));
        QCOMPARE(spent(QString(), QStringLiteral("sandbox")), Money::fromDollars(3));
    }

    void idlePolicies()
    {
        IdlePolicyRepository repo(*m_db);
        QVERIFY(!*repo.effective(QStringLiteral("j-1")));
        IdlePolicy def;
        def.thresholdPercent = 7;
        def.windowSeconds = 1800;
        def.action = IdlePolicy::Action::Stop;
        QVERIFY(repo.set(def));
        QCOMPARE(**repo.effective(QStringLiteral("j-1")), def);
        IdlePolicy own;
        own.jobId = QStringLiteral("j-1");
        own.enabled = false;
        QVERIFY(repo.set(own));
        QCOMPARE(**repo.effective(QStringLiteral("j-1")), own);
        QCOMPARE(**repo.effective(QStringLiteral("j-2")), def);
        QCOMPARE(repo.list()->size(), 2);
        IdlePolicy bad;
        bad.windowSeconds = 0;
        QVERIFY(!repo.set(bad));
        QCOMPARE(IdlePolicy::parseAction(QStringLiteral("warn-then-stop")), IdlePolicy::Action::WarnThenStop);
    }
};

QTEST_GUILESS_MAIN(TestBudget)
#include "tst_budget.moc"
