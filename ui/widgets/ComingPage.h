#pragma once

#include <QWidget>

namespace gpudesk {

// A page whose feature has not landed yet: says so plainly and what it will do. No fake data.
class ComingPage : public QWidget
{
    Q_OBJECT

public:
    ComingPage(const QIcon &icon, const QString &title, const QString &description, QWidget *parent = nullptr);
};

} // namespace gpudesk
