#pragma once
// The runs of a backup location, newest first, as `lync-backup list` and
// `status` see them: each complete set with its result, size and the bytes
// it added, and each unfinished run (never used for a restore); the log of
// any of them opens with a click. Read off the GUI thread: a location on a
// slow share with many sets still opens at once.

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace lbw::ui {

class HistoryDialog : public QDialog {
    Q_OBJECT
public:
    explicit HistoryDialog(const QString &location, QWidget *parent = nullptr);

private:
    void load();
    void openSelected(const QString &fileName);

    QString m_location;
    QTreeWidget *m_runs;
    QLabel *m_summary;
    QPushButton *m_openLog;
    QPushButton *m_openFolder;
};

}  // namespace lbw::ui
