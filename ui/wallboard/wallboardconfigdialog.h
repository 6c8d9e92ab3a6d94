#pragma once

#include "wallboard/wallboardconfig.h"

#include <array>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace qw {

// Sets up a wall screen: which queues get tiles, groups of queues, thresholds (a default and
// per tile), the page rotation and which figures show. Export and import move the whole setup
// to another screen as a JSON file; an imported file is checked before anything is taken over.
class WallboardConfigDialog : public QDialog
{
    Q_OBJECT
public:
    WallboardConfigDialog(const WallboardConfig& config, const QStringList& knownQueues, QWidget* parent = nullptr);

    // The configuration as edited, or nullopt with problem() when something is inconsistent.
    std::optional<WallboardConfig> edited() const;
    WallboardConfig config() const { return edited().value_or(m_config); }
    QString problem() const;

    void setConfig(const WallboardConfig& config);
    // The error, if any.
    std::optional<QString> importFile(const QString& path);
    std::optional<QString> exportFile(const QString& path) const;

private:
    void importClicked();
    void exportClicked();
    void thresholdTileChanged();
    TileThresholds editorThresholds() const;
    WallboardConfig withEditorThresholds(WallboardConfig config) const;
    WallboardConfig unchecked(QString* error) const; // the widgets' state; group syntax in `error`
    void storeThresholdEditor();
    void loadThresholdEditor();
    void check();
    std::optional<QList<WallboardGroup>> groups(QString* error) const;

    WallboardConfig m_config; // the last accepted or imported state; also holds the thresholds
    QStringList m_knownQueues;
    QCheckBox* m_queueTiles;
    QListWidget* m_queues;
    QPlainTextEdit* m_groups;
    QComboBox* m_thresholdTile;
    QCheckBox* m_ownThresholds;
    QSpinBox* m_waitAmber;
    QSpinBox* m_waitRed;
    QSpinBox* m_slTarget;
    QSpinBox* m_slAmber;
    QSpinBox* m_slRed;
    QSpinBox* m_slMinOffered;
    QComboBox* m_nobodyFree;
    QSpinBox* m_rotation;
    std::array<QCheckBox*, WallboardFigureCount> m_figures {};
    QCheckBox* m_agents;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    QString m_editedTile; // whose thresholds the editor shows ("" is the default)
};

} // namespace qw
