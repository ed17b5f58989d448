#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace gpudesk {

// Something GPU Desk tells the user on its own initiative: a budget threshold, an idle job
// stopped, a forgotten instance. Headless: the desktop app shows these as tray notifications and
// banners, gpudesk-cli prints them.
struct Notification
{
    enum class Kind {
        BudgetThreshold, // a budget reached 50, 80 or 100 % this month
        BudgetStop, // a budget at 100 % stopped its jobs
        IdleWarning, // a job's GPUs have been idle (auto-stop will follow where set)
        IdleStop, // a job was stopped for being idle
        ForgottenInstance, // running for long, no terminal, low utilization
        Preemption, // a provider took an instance back (and the dispatcher relaunches it where asked)
    };
    enum class Severity {
        Info,
        Warning,
        Critical,
    };

    Kind kind = Kind::BudgetThreshold;
    Severity severity = Severity::Info;
    QDateTime at;
    QString title; // short, translated
    QString message; // a sentence or two, translated, saying what happened and what to do
    QString jobId; // the job concerned, if one
    qint64 budgetId = 0; // the budget concerned, if one

    bool operator==(const Notification &) const = default;
};

// Where notifications go: one per Services. Keeps the recent ones (for a banner that opens late).
class Notifier : public QObject
{
    Q_OBJECT

public:
    explicit Notifier(QObject *parent = nullptr);

    void notify(const Notification &notification);
    // The newest last; at most the last 100.
    const QList<Notification> &recent() const { return m_recent; }

Q_SIGNALS:
    void notified(const gpudesk::Notification &notification);

private:
    QList<Notification> m_recent;
};

} // namespace gpudesk

Q_DECLARE_METATYPE(gpudesk::Notification)
