#pragma once

#include "catalog/Offer.h"
#include "dispatch/Dispatcher.h"
#include "jobs/JobSpec.h"
#include "jobs/JobSpecValidator.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace gpudesk {

class Catalog;

// The job form: template, where it runs (provider and offer), what it runs, limits; live validation,
// the estimated price, and a read-only preview of the YAML that describes the job.
class JobDialog : public QDialog
{
    Q_OBJECT

public:
    // `providerIds`: providers that can launch (the Sandbox at least).
    JobDialog(const Catalog &catalog, QStringList providerIds, QWidget *parent = nullptr);

    void setSpec(const JobSpec &spec);          // e.g. "Duplicate as new"
    void setOffer(int offerIndex);              // "Launch on this offer" from the Marketplace
    JobSpec spec() const;
    std::optional<Offer> offer() const;          // the chosen offer
    QList<FieldError> errors() const { return m_errors; }
    void applyTemplate(const QString &templateId);
    // Opens a job file; returns the problem if it cannot be read (shown in the dialog too).
    QString loadYaml(const QString &path);

    // "Best available": with a ranker the provider list starts with it, and the form shows the
    // ranked candidates (with the reason for each) before launch.
    using Ranker = std::function<PlacementRanking(const JobSpec &)>;
    void setRanker(Ranker ranker);
    bool isAutoPlaced() const;
    // The candidates shown, best first (empty unless "Best available").
    const PlacementRanking &ranking() const { return m_ranking; }
    QTableWidget *candidateTable() const { return m_candidates; }

private:
    void build();
    void populateOffers();
    void revalidate();
    void readFields(JobSpec &spec) const;
    void writeFields(const JobSpec &spec);
    void openYaml();
    void saveYaml();
    void showRanking();

    const Catalog &m_catalog;
    QStringList m_providerIds;
    JobSpec m_base;          // fields the form does not show are kept from here
    QList<FieldError> m_errors;
    bool m_updating = false;

    QComboBox *m_template = nullptr;
    QLabel *m_templateHelp = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_project = nullptr;
    QComboBox *m_provider = nullptr;
    QComboBox *m_offer = nullptr;
    QLineEdit *m_gpuModel = nullptr;
    QSpinBox *m_gpuCount = nullptr;
    QSpinBox *m_nodes = nullptr;
    QLineEdit *m_image = nullptr;
    QLabel *m_imageNote = nullptr;
    QPlainTextEdit *m_setup = nullptr;
    QPlainTextEdit *m_command = nullptr;
    QTableWidget *m_env = nullptr;
    QLineEdit *m_ports = nullptr;
    QLineEdit *m_volumes = nullptr;
    QSpinBox *m_disk = nullptr;
    QCheckBox *m_spot = nullptr;
    QLineEdit *m_region = nullptr;
    QLineEdit *m_maxRuntime = nullptr;
    QLineEdit *m_maxCost = nullptr;
    QLineEdit *m_idleStop = nullptr;
    QLineEdit *m_sshKey = nullptr;
    QLabel *m_estimate = nullptr;
    QLabel *m_errorList = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QPushButton *m_launch = nullptr;
    // Placement ("Best available").
    Ranker m_ranker;
    PlacementRanking m_ranking;
    QWidget *m_placementBox = nullptr;
    QLineEdit *m_placeProviders = nullptr;
    QComboBox *m_prefer = nullptr;
    QLineEdit *m_maxPrice = nullptr;
    QCheckBox *m_recover = nullptr;
    QWidget *m_rankingBox = nullptr;
    QLabel *m_rankingSummary = nullptr;
    QTableWidget *m_candidates = nullptr;
};

} // namespace gpudesk
