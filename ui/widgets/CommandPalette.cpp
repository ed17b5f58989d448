#include "widgets/CommandPalette.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace gpudesk {

namespace {

constexpr int kMaxShown = 200;

} // namespace

CommandPalette::CommandPalette(QList<Entry> entries, QWidget *parent)
    : QDialog(parent, Qt::Popup | Qt::FramelessWindowHint)
    , m_entries(std::move(entries))
    , m_input(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("commandPalette"));
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(8, 8, 8, 8);
    m_input->setObjectName(QStringLiteral("paletteInput"));
    m_input->setPlaceholderText(tr("Go to a view, job or offer, or run an action…"));
    m_input->setClearButtonEnabled(true);
    m_input->installEventFilter(this);
    v->addWidget(m_input);
    m_list->setObjectName(QStringLiteral("paletteList"));
    m_list->setUniformItemSizes(true);
    v->addWidget(m_list, 1);
    auto *hint = new QLabel(tr("↑↓ choose · Enter go · Esc close"), this);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    v->addWidget(hint);
    connect(m_input, &QLineEdit::textChanged, this, &CommandPalette::filter);
    connect(m_list, &QListWidget::itemActivated, this, &CommandPalette::runCurrent);
    resize(parent ? std::min(720, parent->width() - 80) : 720, 420);
    if (parent)
        move(parent->mapToGlobal(QPoint((parent->width() - width()) / 2, 60)));
    filter();
}

bool CommandPalette::matches(const QString &query, const QString &text)
{
    for (const QString &word : query.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

void CommandPalette::filter()
{
    m_list->clear();
    const QString query = m_input->text();
    int shown = 0;
    for (int i = 0; i < m_entries.size() && shown < kMaxShown; ++i) {
        const Entry &e = m_entries.at(i);
        if (!matches(query, e.kind + QLatin1Char(' ') + e.text + QLatin1Char(' ') + e.detail))
            continue;
        QString label = e.kind + QStringLiteral(" · ") + e.text;
        if (!e.detail.isEmpty())
            label += QStringLiteral("  —  ") + e.detail;
        auto *item = new QListWidgetItem(label, m_list);
        item->setData(Qt::UserRole, i);
        ++shown;
    }
    m_list->setCurrentRow(m_list->count() > 0 ? 0 : -1);
}

void CommandPalette::runCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const std::function<void()> run = m_entries.at(item->data(Qt::UserRole).toInt()).run;
    accept();
    if (run)
        run();
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int row = m_list->currentRow();
        switch (key->key()) {
        case Qt::Key_Down:
            m_list->setCurrentRow(std::min(row + 1, m_list->count() - 1));
            return true;
        case Qt::Key_Up:
            m_list->setCurrentRow(std::max(row - 1, 0));
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            runCurrent();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace gpudesk
