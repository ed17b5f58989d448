#include "JobsPage.h"

#include "JobTableModel.h"
#include "JobUtilizationView.h"
#include "catalog/ProviderInfo.h"
#include "core/Clock.h"
#include "dispatch/AttemptRepository.h"
#include "jobs/JobManager.h"
#include "storage/JobRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace gpudesk {

JobsPage::JobsPage(JobRepository &jobs, JobManager &manager, Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_jobs(jobs)
    , m_manager(manager)
    , m_clock(clock)
    , m_model(new JobTableModel(jobs, manager, clock, this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(10, 10, 10, 6);

    auto *bar = new QHBoxLayout();
    auto *newJob = new QPushButton(tr("New job…"), this);
    newJob->setObjectName(QStringLiteral("newJob"));
    newJob->setShortcut(QKeySequence::New);
    newJob->setDefault(true);
    connect(newJob, &QPushButton::clicked, this, &JobsPage::newJobRequested);
    bar->addWidget(newJob);
    bar->addSpacing(12);

    auto addAction = [&](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        bar->addWidget(b);
        return b;
    };
    m_stop = addAction(tr("Stop"), QStringLiteral("stopJob"));
    m_start = addAction(tr("Start"), QStringLiteral("startJob"));
    m_terminate = addAction(tr("Terminate…"), QStringLiteral("terminateJob"));
    m_terminal = addAction(tr("Open terminal"), QStringLiteral("openTerminal"));
    m_terminal->setToolTip(tr("An SSH terminal to the job's machine, in the Terminals view."));
    m_ssh = addAction(tr("Copy SSH command"), QStringLiteral("copySsh"));
    m_logs = addAction(tr("Logs"), QStringLiteral("showLogs"));
    m_duplicate = addAction(tr("Duplicate as new…"), QStringLiteral("duplicateJob"));
    bar->addStretch(1);
    m_showFinished = new QCheckBox(tr("Show finished jobs"), this);
    m_showFinished->setObjectName(QStringLiteral("showFinished"));
    m_showFinished->setChecked(true);
    connect(m_showFinished, &QCheckBox::toggled, m_model, &JobTableModel::setShowFinished);
    bar->addWidget(m_showFinished);
    outer->addLayout(bar);

    m_orphanBox = new QFrame(this);
    m_orphanBox->setObjectName(QStringLiteral("orphans"));
    m_orphanBox->setStyleSheet(QStringLiteral("QFrame#orphans { background: #fff3e0; border: 1px solid #ef6c00; "
                                              "border-radius: 6px; } QLabel { color: #4e342e; }"));
    m_orphanLayout = new QVBoxLayout(m_orphanBox);
    m_orphanBox->hide();
    outer->addWidget(m_orphanBox);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("jobsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(28);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QList<int> widths = {180, 100, 100, 110, 140, 90, 90, 70};
    for (int c = 0; c < widths.size(); ++c)
        m_table->setColumnWidth(c, widths.at(c));
    m_detailTabs = new QTabWidget(splitter);
    m_detailTabs->setObjectName(QStringLiteral("jobDetailTabs"));
    m_detailTabs->setDocumentMode(true);
    m_details = new QTextBrowser(m_detailTabs);
    m_details->setObjectName(QStringLiteral("jobDetails"));
    m_detailTabs->addTab(m_details, tr("Details"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_detailTabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3); // details and utilization charts
    outer->addWidget(splitter, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("jobsStatus"));
    m_status->setWordWrap(true);
    outer->addWidget(m_status);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        showDetails();
    });
    connect(m_stop, &QPushButton::clicked, this, [this] { m_manager.stop(selectedJobId()); });
    connect(m_start, &QPushButton::clicked, this, [this] { m_manager.start(selectedJobId()); });
    connect(m_terminate, &QPushButton::clicked, this, &JobsPage::terminateSelected);
    connect(m_terminal, &QPushButton::clicked, this, [this] { Q_EMIT openTerminalRequested(selectedJobId()); });
    connect(m_ssh, &QPushButton::clicked, this, &JobsPage::copySshCommand);
    connect(m_logs, &QPushButton::clicked, this, &JobsPage::showLogs);
    connect(m_duplicate, &QPushButton::clicked, this, [this] { Q_EMIT duplicateRequested(selectedJobId()); });

    connect(&m_manager, &JobManager::jobChanged, this, &JobsPage::reload);
    connect(&m_manager, &JobManager::orphansChanged, this, &JobsPage::updateOrphans);
    connect(&m_manager, &JobManager::operationFailed, this, [this](const QString &, const QString &message) {
        showError(message);
    });
    connect(&m_manager, &JobManager::guardTriggered, this, [this](const QString &, const QString &message) {
        showError(message);
    });
    // Ages and costs move with the clock.
    auto *tick = new QTimer(this);
    tick->setInterval(15000);
    connect(tick, &QTimer::timeout, this, &JobsPage::reload);
    tick->start();

    reload();
    updateOrphans();
}

void JobsPage::reload()
{
    const QString selected = selectedJobId();
    if (const QString error = m_model->reload(); !error.isEmpty())
        showError(error);
    if (!selected.isEmpty())
        selectJob(selected);
    else if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateActions();
    showDetails();
    int running = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        running += m_model->jobAt(r)->state == JobState::Running;
    if (m_model->rowCount() == 0)
        m_status->setText(tr("No jobs yet. \"New job…\" launches one; the Sandbox needs no account."));
    else
        m_status->setText(tr("%n job(s) running", nullptr, running));
}

QString JobsPage::selectedJobId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const JobRecord *job = current.isValid() ? m_model->jobAt(current.row()) : nullptr;
    return job ? job->id : QString();
}

void JobsPage::selectJob(const QString &jobId)
{
    const int row = m_model->rowOf(jobId);
    if (row >= 0)
        m_table->selectRow(row);
}

void JobsPage::setMetrics(MetricStore &store, Sampler *sampler)
{
    if (m_utilization)
        return;
    m_utilization = new JobUtilizationView(store, m_clock, m_detailTabs);
    m_utilization->setSampler(sampler);
    m_detailTabs->addTab(m_utilization, tr("Utilization"));
    showDetails();
}

void JobsPage::showDetailsTab(int index)
{
    m_detailTabs->setCurrentIndex(index);
}

void JobsPage::updateActions()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const JobRecord *job = current.isValid() ? m_model->jobAt(current.row()) : nullptr;
    const bool has = job != nullptr;
    const JobState s = has ? job->state : JobState::Draft;
    m_stop->setEnabled(has && !job->instanceId.isEmpty() && JobStates::canTransition(s, JobState::Stopping)
                       && s != JobState::Stopped);
    m_start->setEnabled(has && s == JobState::Stopped);
    m_terminate->setEnabled(has && s != JobState::Terminated);
    m_terminal->setEnabled(has && s == JobState::Running);
    m_ssh->setEnabled(has && s == JobState::Running);
    m_logs->setEnabled(has && !job->instanceId.isEmpty());
    m_duplicate->setEnabled(has);
}

void JobsPage::showDetails()
{
    const QString id = selectedJobId();
    auto job = id.isEmpty() ? Result<JobRecord>(makeError(Error::Kind::NotFound, QString())) : m_jobs.get(id);
    if (!job) {
        m_details->setHtml(tr("<p>Select a job to see its details and history.</p>"));
        if (m_utilization)
            m_utilization->setJob(QString(), QDateTime(), QDateTime(), false);
        return;
    }
    const ProviderInfo *provider = ProviderDirectory::byId(job->providerId);
    auto row = [](const QString &k, const QString &v) {
        return v.isEmpty() ? QString()
                           : QStringLiteral("<tr><td style='color:gray; padding-right:10px'>%1</td><td>%2</td></tr>")
                                 .arg(k.toHtmlEscaped(), v.toHtmlEscaped());
    };
    QString html = QStringLiteral("<h3 style='margin-bottom:2px'>%1 <span style='color:gray'>%2</span></h3>")
                       .arg(job->spec.name.toHtmlEscaped(), job->id);
    html += QStringLiteral("<table cellspacing='2'>");
    html += row(tr("State"), JobStates::displayName(job->state));
    html += row(tr("Provider"), provider ? provider->displayName : job->providerId);
    html += row(tr("Instance"), job->instanceId);
    html += row(tr("Image"), job->spec.image);
    if (job->providerId == QStringLiteral("sandbox"))
        html += row(QString(), tr("The Sandbox records the image but does not pull it: the command runs on this computer."));
    html += row(tr("Command"), job->spec.command);
    if (!job->spec.gpuModel.isEmpty())
        html += row(tr("GPUs"), tr("%1 × %2 per node, %n node(s)", nullptr, job->spec.nodes)
                                     .arg(job->spec.gpuCount)
                                     .arg(job->spec.gpuModel));
    if (job->pricePerHour)
        html += row(tr("Price"), tr("%1 per hour").arg(job->pricePerHour->toString(2)));
    if (auto cost = m_manager.costSoFar(job->id); cost && job->pricePerHour)
        html += row(tr("Cost so far"), cost->toString(2));
    if (job->exitCode)
        html += row(tr("Exit code"), QString::number(*job->exitCode));
    html += row(tr("Message"), job->message);
    html += QStringLiteral("</table><h4>%1</h4><table cellspacing='2'>").arg(tr("History").toHtmlEscaped());
    QDateTime runningSince;
    auto events = m_jobs.events(job->id);
    if (events) {
        for (const JobEvent &e : *events) {
            if (e.to == JobState::Running && !runningSince.isValid())
                runningSince = e.at;
            html += QStringLiteral("<tr><td style='color:gray; padding-right:10px'>%1</td><td>%2</td><td style='color:gray'>%3</td></tr>")
                        .arg(QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat).toHtmlEscaped(),
                             JobStates::displayName(e.to).toHtmlEscaped(), e.message.toHtmlEscaped());
        }
    }
    html += QStringLiteral("</table>");
    if (m_attempts) {
        auto attempts = m_attempts->forJob(job->id);
        if (attempts && !attempts->empty()) {
            html += QStringLiteral("<h4>%1</h4><table cellspacing='2'>").arg(tr("Placement attempts").toHtmlEscaped());
            for (const JobAttempt &a : *attempts) {
                const ProviderInfo *p = ProviderDirectory::byId(a.providerId);
                const QString where = tr("%1 · %2 × %3 · %4")
                                          .arg(p ? p->displayName : a.providerId)
                                          .arg(a.gpuCount)
                                          .arg(a.gpuModel, a.instanceType);
                html += QStringLiteral("<tr><td style='color:gray; padding-right:10px'>#%1 %2</td><td>%3</td><td>%4</td>"
                                       "<td><b>%5</b></td><td style='color:gray'>%6</td></tr>")
                            .arg(a.n)
                            .arg(QLocale().toString(a.startedAt.toLocalTime(), QLocale::ShortFormat).toHtmlEscaped(),
                                 where.toHtmlEscaped(),
                                 a.pricePerHour ? tr("%1/h").arg(a.pricePerHour->toString(2)) : QString(),
                                 JobAttempt::outcomeDisplayName(a.outcome).toHtmlEscaped(),
                                 a.outcome == JobAttempt::Outcome::Launched ? a.instanceId.toHtmlEscaped() : a.message.toHtmlEscaped());
            }
            html += QStringLiteral("</table>");
        }
    }
    m_details->setHtml(html);
    if (m_utilization) {
        // Samples exist only while it runs: from its first start until it stopped or ended.
        const bool over = JobStates::isFinal(job->state) || job->state == JobState::Stopped;
        m_utilization->setJob(job->id, runningSince.isValid() ? runningSince : job->createdAt,
                              over ? job->stateChangedAt : QDateTime(), job->providerId == QStringLiteral("sandbox"));
    }
}

void JobsPage::updateOrphans()
{
    // Widgets go later: this runs from the click handler of one of them.
    while (QLayoutItem *item = m_orphanLayout->takeAt(0)) {
        if (QLayout *inner = item->layout()) {
            while (QLayoutItem *child = inner->takeAt(0)) {
                if (QWidget *w = child->widget())
                    w->deleteLater();
                delete child;
            }
            delete inner; // the item is the layout
        } else {
            if (QWidget *w = item->widget())
                w->deleteLater();
            delete item;
        }
    }
    const auto &orphans = m_manager.orphans();
    m_orphanBox->setVisible(!orphans.isEmpty());
    if (orphans.isEmpty())
        return;
    auto *title = new QLabel(tr("<b>%n orphan(s) found</b>: they may cost money with no job to account for them.",
                                nullptr, int(orphans.size())),
                             m_orphanBox);
    m_orphanLayout->addWidget(title);
    for (const Orphan &o : orphans) {
        auto *line = new QHBoxLayout();
        const ProviderInfo *p = ProviderDirectory::byId(o.providerId);
        const QString providerName = p ? p->displayName : o.providerId;
        QLabel *text = nullptr;
        QPushButton *action = nullptr;
        if (o.kind == Orphan::Kind::UnownedInstance) {
            text = new QLabel(tr("%1 instance %2 (%3) belongs to no GPU Desk job.")
                                  .arg(providerName, o.instance.id, instanceStateKey(o.instance.state)),
                              m_orphanBox);
            action = new QPushButton(tr("Terminate it"), m_orphanBox);
            connect(action, &QPushButton::clicked, this, [this, o, providerName] {
                if (confirm(tr("Terminate instance %1 at %2? Whatever runs on it is lost.").arg(o.instance.id, providerName)))
                    m_manager.terminateOrphan(o.providerId, o.instance.id);
            });
        } else {
            text = new QLabel(tr("Job %1: %2 no longer knows its instance.").arg(o.jobId, providerName), m_orphanBox);
            action = new QPushButton(tr("Close the record"), m_orphanBox);
            connect(action, &QPushButton::clicked, this, [this, o] {
                if (auto r = m_manager.forget(o.jobId); !r)
                    showError(r.error().message);
            });
        }
        action->setObjectName(QStringLiteral("orphanAction"));
        line->addWidget(text, 1);
        line->addWidget(action);
        m_orphanLayout->addLayout(line);
    }
}

bool JobsPage::confirm(const QString &question)
{
    if (m_confirm)
        return m_confirm(question);
    return QMessageBox::question(this, tr("GPU Desk"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel)
           == QMessageBox::Yes;
}

void JobsPage::showError(const QString &message)
{
    m_status->setText(QStringLiteral("<span style='color:#c62828'>%1</span>").arg(message.toHtmlEscaped()));
}

void JobsPage::terminateSelected()
{
    const QString id = selectedJobId();
    auto job = m_jobs.get(id);
    if (!job)
        return;
    if (confirm(tr("Terminate job %1 (%2)? Its instance and everything on it are deleted; this cannot be undone.")
                    .arg(job->spec.name, job->id)))
        m_manager.terminate(id);
}

void JobsPage::copySshCommand()
{
    const QString id = selectedJobId();
    QPointer<JobsPage> self(this);
    m_manager.sshEndpoint(id, [self, id](Result<SshEndpoint> endpoint) {
        if (!self)
            return;
        if (!endpoint) {
            self->showError(endpoint.error().message);
            return;
        }
        auto job = self->m_jobs.get(id);
        const QString key = job && !job->spec.sshKey.isEmpty() ? job->spec.sshKey : endpoint->identityFile;
        QString command = QStringLiteral("ssh -p %1 %2@%3").arg(endpoint->port).arg(endpoint->user, endpoint->host);
        if (!key.isEmpty())
            command = QStringLiteral("ssh -i '%1' -p %2 %3@%4").arg(key).arg(endpoint->port).arg(endpoint->user, endpoint->host);
        QApplication::clipboard()->setText(command);
        self->m_status->setText(tr("Copied: %1 (or: gpudesk-cli ssh-config %2)").arg(command, id));
    });
}

void JobsPage::showLogs()
{
    const QString id = selectedJobId();
    QPointer<JobsPage> self(this);
    m_status->setText(tr("Fetching the logs of %1…").arg(id));
    m_manager.logs(id, 256 * 1024, [self, id](Result<QByteArray> logs) {
        if (!self)
            return;
        if (!logs) {
            self->showError(logs.error().message);
            return;
        }
        self->m_status->clear();
        auto *dialog = new QDialog(self);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Logs of %1").arg(id));
        auto *layout = new QVBoxLayout(dialog);
        auto *text = new QPlainTextEdit(dialog);
        text->setReadOnly(true);
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        text->setPlainText(QString::fromUtf8(*logs));
        text->moveCursor(QTextCursor::End);
        layout->addWidget(text);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
        layout->addWidget(buttons);
        dialog->resize(900, 560);
        dialog->show();
    });
}

} // namespace gpudesk
