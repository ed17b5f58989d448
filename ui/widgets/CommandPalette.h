#pragma once

#include <QDialog>

#include <functional>

class QLineEdit;
class QListWidget;

namespace gpudesk {

// Ctrl+K: type a few letters of any view, action, job or offer and press Enter to go there.
class CommandPalette : public QDialog
{
    Q_OBJECT

public:
    struct Entry
    {
        QString kind;   // "View", "Action", "Job", "Offer" (translated), shown on the right
        QString text;   // what is matched and shown
        QString detail; // also matched, shown dimmed
        std::function<void()> run;
    };

    explicit CommandPalette(QList<Entry> entries, QWidget *parent = nullptr);

    // Every word of `query` occurs in `text` (case-insensitive); empty matches everything.
    static bool matches(const QString &query, const QString &text);

    QLineEdit *input() const { return m_input; }
    QListWidget *list() const { return m_list; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filter();
    void runCurrent();

    QList<Entry> m_entries;
    QLineEdit *m_input;
    QListWidget *m_list;
};

} // namespace gpudesk
