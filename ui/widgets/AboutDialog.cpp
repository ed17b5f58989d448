#include "widgets/AboutDialog.h"

#include "core/BuildInfo.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gpudesk {

namespace {

QTableWidget *componentTable(const QList<LibraryInfo> &rows, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(static_cast<int>(rows.size()), 4, parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(true);
    table->horizontalHeader()->setStretchLastSection(true);
    for (int r = 0; r < rows.size(); ++r) {
        const LibraryInfo &l = rows.at(r);
        const QStringList cells = {l.name, l.version, l.license, l.usedFor};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (!l.url.isEmpty())
                item->setToolTip(l.url);
            table->setItem(r, c, item);
        }
    }
    table->resizeColumnsToContents();
    table->resizeRowsToContents();
    return table;
}

} // namespace

AboutDialog::AboutDialog(const QString &dataDir, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About GPU Desk"));
    resize(880, 480);

    auto *layout = new QVBoxLayout(this);
    auto *head = new QHBoxLayout();
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/gpudesk.svg")).pixmap(64, 64));
    head->addWidget(icon, 0, Qt::AlignTop);
    auto *title = new QLabel(tr("<h2>GPU Desk %1</h2><p>One desktop console for the GPUs you rent from many clouds.</p>"
                                "<p>Licensed under the GNU General Public License, version 3 or later (%2). "
                                "Prices are labelled with their source and age; snapshot prices are dated list prices, "
                                "not live quotes.</p>")
                                 .arg(BuildInfo::version().toHtmlEscaped(), BuildInfo::productLicense()),
                             this);
    title->setWordWrap(true);
    head->addWidget(title, 1);
    layout->addLayout(head);

    const QStringList headers = {tr("Component"), tr("Version"), tr("Licence"), tr("Used for")};
    auto *tabs = new QTabWidget(this);
    auto *libraries = componentTable(BuildInfo::libraries(), headers, tabs);
    libraries->setObjectName(QStringLiteral("librariesTable"));
    tabs->addTab(libraries, tr("Libraries"));
    auto *bundled = componentTable(BuildInfo::bundledData(), headers, tabs);
    bundled->setObjectName(QStringLiteral("dataTable"));
    tabs->addTab(bundled, tr("Bundled data"));
    layout->addWidget(tabs, 1);

    auto *folder = new QLabel(tr("Data folder: %1 · Qt %2 (run time)")
                                  .arg(QDir::toNativeSeparators(dataDir), QString::fromLatin1(qVersion())),
                              this);
    folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    folder->setWordWrap(true);
    layout->addWidget(folder);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace gpudesk
