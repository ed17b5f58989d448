#include "ComingPage.h"

#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace gpudesk {

ComingPage::ComingPage(const QIcon &icon, const QString &title, const QString &description, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);

    auto *iconLabel = new QLabel(this);
    iconLabel->setPixmap(icon.pixmap(64, 64));
    iconLabel->setAlignment(Qt::AlignCenter);
    iconLabel->setStyleSheet(QStringLiteral("background: #37474f; border-radius: 16px; padding: 14px;"));
    iconLabel->setFixedSize(96, 96);
    layout->addWidget(iconLabel, 0, Qt::AlignHCenter);

    auto *heading = new QLabel(title, this);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    heading->setFont(f);
    heading->setAlignment(Qt::AlignCenter);
    layout->addWidget(heading);

    auto *badge = new QLabel(tr("Coming in a later release"), this);
    badge->setAlignment(Qt::AlignCenter);
    badge->setStyleSheet(QStringLiteral("color: #e65100;"));
    layout->addWidget(badge);

    auto *text = new QLabel(description, this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setFixedWidth(560);
    text->setMinimumHeight(text->heightForWidth(560));
    text->setObjectName(QStringLiteral("comingDescription"));
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

} // namespace gpudesk
