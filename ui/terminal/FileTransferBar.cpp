#include "FileTransferBar.h"

#include "ssh/SshSession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace gpudesk {

FileTransferBar::FileTransferBar(SshSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_dismiss(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(QStringLiteral("fileTransfers"));
    auto *h = new QHBoxLayout(this);
    h->setContentsMargins(8, 2, 8, 2);
    m_label->setObjectName(QStringLiteral("transferLabel"));
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("transferProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_progress->setMaximumWidth(260);
    m_cancel->setObjectName(QStringLiteral("cancelTransfer"));
    m_dismiss->setObjectName(QStringLiteral("dismissTransfer"));
    h->addWidget(m_label, 1);
    h->addWidget(m_progress);
    h->addWidget(m_cancel);
    h->addWidget(m_dismiss);
    hide();

    connect(m_session, &SshSession::transferProgress, this, &FileTransferBar::onProgress);
    connect(m_session, &SshSession::transferFinished, this, &FileTransferBar::onFinished);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (!m_pending.isEmpty())
            m_session->cancelTransfer(m_pending.first());
    });
    connect(m_dismiss, &QPushButton::clicked, this, &QWidget::hide);
}

void FileTransferBar::track(quint64 id, const QString &running, const QString &done)
{
    m_pending.append(id);
    m_descriptions.insert(id, running);
    m_doneDescriptions.insert(id, done);
    if (m_pending.size() == 1) {
        m_progress->setValue(0);
        m_progress->setFormat(QStringLiteral("%p%"));
    }
    showCurrent();
}

void FileTransferBar::showCurrent()
{
    if (m_pending.isEmpty())
        return;
    const int waiting = int(m_pending.size()) - 1;
    QString text = m_descriptions.value(m_pending.first());
    if (waiting > 0)
        text += QLatin1Char(' ') + tr("(%n more waiting)", nullptr, waiting);
    m_label->setText(text);
    m_label->setStyleSheet(QString());
    m_progress->show();
    m_cancel->show();
    m_dismiss->hide();
    show();
}

void FileTransferBar::onProgress(quint64 id, qint64 done, qint64 total, const QString &file)
{
    if (m_pending.isEmpty() || m_pending.first() != id)
        return;
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    const QLocale locale;
    m_progress->setFormat(tr("%1 of %2").arg(locale.formattedDataSize(done, 1, QLocale::DataSizeSIFormat),
                                             locale.formattedDataSize(total, 1, QLocale::DataSizeSIFormat)));
    m_progress->setToolTip(file);
}

void FileTransferBar::onFinished(quint64 id, const SftpTransferResult &result)
{
    if (!m_pending.removeOne(id))
        return;
    const QString description = m_descriptions.take(id);
    const QString doneDescription = m_doneDescriptions.take(id);
    Q_EMIT finished(id, result);
    if (!m_pending.isEmpty()) {
        showCurrent();
        return;
    }
    m_progress->hide();
    m_cancel->hide();
    m_dismiss->show();
    const QLocale locale;
    if (result.cancelled) {
        m_label->setText(tr("Cancelled: %1. No partial file was left under its final name.").arg(description));
        m_label->setStyleSheet(QStringLiteral("color:#e65100"));
    } else if (result.error) {
        m_label->setText(tr("Failed: %1. %2").arg(description, result.error->message));
        m_label->setStyleSheet(QStringLiteral("color:#c62828"));
    } else {
        m_label->setText(tr("%1 (%n file(s), %2).", nullptr, result.files)
                             .arg(doneDescription, locale.formattedDataSize(result.bytes, 1, QLocale::DataSizeSIFormat)));
        m_label->setStyleSheet(QStringLiteral("color:#2e7d32"));
    }
    show();
}

} // namespace gpudesk
