#pragma once

#include <QDialog>

namespace gpudesk {

// Help → About: version, licence, data folder, and the libraries and data GPU Desk is built with
// (from BuildInfo, the same list `gpudesk-cli about` prints).
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const QString &dataDir, QWidget *parent = nullptr);
};

} // namespace gpudesk
