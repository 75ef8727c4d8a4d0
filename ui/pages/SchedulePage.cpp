#include "SchedulePage.h"

#include "BackupWizard.h"
#include "WizardModel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace lbw::ui {
namespace {

// What a new schedule keeps, as the community's scripts do: two weeks of
// nightly sets, two months of weekly ones, a year of monthly ones.
constexpr int kDefaultDaily = 14;
constexpr int kDefaultWeekly = 8;
constexpr int kDefaultMonthly = 12;

QSpinBox *keepBox(int value, const QString &name, QWidget *parent) {
    auto *box = new QSpinBox(parent);
    box->setRange(0, 999);
    box->setValue(value);
    box->setObjectName(name);
    return box;
}

}  // namespace

SchedulePage::SchedulePage(QWidget *parent)
    : QWizardPage(parent),
      m_once(new QRadioButton(tr("&Only now"), this)),
      m_daily(new QRadioButton(tr("Now, and &every day at this time"), this)),
      m_weekdays(new QRadioButton(tr("Now, and on these &days at this time:"), this)),
      m_time(new QTimeEdit(QTime(2, 30), this)),
      m_drill(new QCheckBox(tr("&Also run a restore drill every week (restores the newest set into a scratch "
                               "folder and checks it)"),
                            this)),
      m_prune(new QCheckBox(tr("&Remove old sets after each good backup, keeping:"), this)),
      m_keepDaily(keepBox(kDefaultDaily, QStringLiteral("keepDaily"), this)),
      m_keepWeekly(keepBox(kDefaultWeekly, QStringLiteral("keepWeekly"), this)),
      m_keepMonthly(keepBox(kDefaultMonthly, QStringLiteral("keepMonthly"), this)),
      m_savePlan(new QCheckBox(tr("&Save these choices as a plan file:"), this)),
      m_planPath(new QLineEdit(this)),
      m_error(new QLabel(this)) {
    setTitle(tr("Schedule"));
    setSubTitle(
        tr("Run this backup once, or also regularly by the system's own scheduler, without anyone at the "
           "console."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("Back &up"));  // Alt+B is "< Back"
    m_once->setObjectName(QStringLiteral("scheduleOnce"));
    m_daily->setObjectName(QStringLiteral("scheduleDaily"));
    m_weekdays->setObjectName(QStringLiteral("scheduleWeekdays"));
    m_time->setObjectName(QStringLiteral("scheduleTime"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_drill->setObjectName(QStringLiteral("scheduleDrill"));
    m_prune->setObjectName(QStringLiteral("retention"));
    m_savePlan->setObjectName(QStringLiteral("savePlan"));
    m_planPath->setObjectName(QStringLiteral("planPath"));
    // The box before it says what the field is; a screen reader needs it said too.
    m_planPath->setAccessibleName(tr("Plan file"));
    m_error->setObjectName(QStringLiteral("scheduleError"));
    m_error->setStyleSheet(QStringLiteral("color:#c50f1f"));
    m_error->setWordWrap(true);
    auto *group = new QButtonGroup(this);
    for (QRadioButton *choice : {m_once, m_daily, m_weekdays})
        group->addButton(choice);
    m_once->setChecked(true);

    auto *when = new QGroupBox(tr("When"), this);
    auto *whenLayout = new QVBoxLayout(when);
    whenLayout->addWidget(m_once);
    whenLayout->addWidget(m_daily);
    whenLayout->addWidget(m_weekdays);
    auto *days = new QHBoxLayout;
    days->addSpacing(24);
    const QLocale locale;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        auto *box = new QCheckBox(locale.dayName(day, QLocale::ShortFormat), when);
        box->setObjectName(QStringLiteral("day%1").arg(day));
        box->setChecked(day <= Qt::Friday);
        m_days << box;
        days->addWidget(box);
    }
    days->addStretch();
    whenLayout->addLayout(days);
    auto *timeRow = new QHBoxLayout;
    auto *timeLabel = new QLabel(tr("&Time:"), when);
    timeLabel->setBuddy(m_time);
    timeRow->addWidget(timeLabel);
    timeRow->addWidget(m_time);
    timeRow->addStretch();
    whenLayout->addLayout(timeRow);
    whenLayout->addWidget(m_drill);

    auto *keep = new QGroupBox(tr("Old sets"), this);
    auto *keepLayout = new QVBoxLayout(keep);
    keepLayout->addWidget(m_prune);
    auto *keepRow = new QHBoxLayout;
    keepRow->addSpacing(24);
    for (const auto &[label, box] :
         {std::pair{tr("dail&y sets:"), m_keepDaily}, std::pair{tr("&weekly:"), m_keepWeekly},
          std::pair{tr("&monthly:"), m_keepMonthly}}) {
        auto *text = new QLabel(label, keep);
        text->setBuddy(box);
        keepRow->addWidget(text);
        keepRow->addWidget(box);
    }
    keepRow->addStretch();
    keepLayout->addLayout(keepRow);
    auto *never = new QLabel(tr("The newest good set and LATEST are never removed."), keep);
    never->setWordWrap(true);
    keepLayout->addWidget(never);

    auto *planRow = new QHBoxLayout;
    planRow->addWidget(m_savePlan);
    planRow->addWidget(m_planPath, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(when);
    layout->addWidget(keep);
    layout->addLayout(planRow);
    layout->addWidget(m_error);
    layout->addStretch();

    QSettings settings;
    m_planPath->setText(
        settings
            .value(QStringLiteral("wizard/planPath"),
                   QDir::toNativeSeparators(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
                                            QStringLiteral("/lync-backup-plan.json")))
            .toString());
    m_savePlan->setChecked(settings.value(QStringLiteral("wizard/savePlan"), false).toBool());
    for (QAbstractButton *button : std::initializer_list<QAbstractButton *>{m_once, m_daily, m_weekdays, m_prune})
        connect(button, &QAbstractButton::toggled, this, &SchedulePage::updateEnabled);
    connect(m_savePlan, &QCheckBox::toggled, this, &SchedulePage::updateEnabled);
    for (QCheckBox *day : m_days)
        connect(day, &QCheckBox::toggled, m_error, &QLabel::clear);
    updateEnabled();
}

bool SchedulePage::scheduled() const {
    return !m_once->isChecked();
}

void SchedulePage::updateEnabled() {
    m_error->clear();  // a new choice: the last refusal no longer applies
    m_time->setEnabled(scheduled());
    m_drill->setEnabled(scheduled());
    for (QCheckBox *day : m_days)
        day->setEnabled(m_weekdays->isChecked());
    for (QSpinBox *box : {m_keepDaily, m_keepWeekly, m_keepMonthly})
        box->setEnabled(m_prune->isChecked());
    // A schedule runs a plan file: it is always saved then.
    m_savePlan->setEnabled(!scheduled());
    if (scheduled())
        m_savePlan->setChecked(true);
    m_planPath->setEnabled(m_savePlan->isChecked());
}

void SchedulePage::initializePage() {
    const WizardModel *model = static_cast<BackupWizard *>(wizard())->model();
    if (model->wantsSchedule && m_once->isChecked())
        m_daily->setChecked(true);
    const RetentionPolicy &retention = model->retention();
    m_prune->setChecked(!retention.isEmpty());
    if (!retention.isEmpty()) {
        m_keepDaily->setValue(retention.keepDaily);
        m_keepWeekly->setValue(retention.keepWeekly);
        m_keepMonthly->setValue(retention.keepMonthly);
    }
    m_error->clear();
    updateEnabled();
}

bool SchedulePage::validatePage() {
    WizardModel *model = static_cast<BackupWizard *>(wizard())->model();
    m_error->clear();
    // An opened plan's rules the page does not show (keepLast) stay as they were.
    RetentionPolicy retention = m_prune->isChecked() ? model->retention() : RetentionPolicy();
    if (m_prune->isChecked()) {
        retention.keepDaily = m_keepDaily->value();
        retention.keepWeekly = m_keepWeekly->value();
        retention.keepMonthly = m_keepMonthly->value();
        if (retention.isEmpty()) {
            m_error->setText(
                tr("Keep at least one set: give a number of daily, weekly or monthly sets, or untick "
                   "\"Remove old sets\"."));
            return false;
        }
    }
    model->setRetention(retention);

    Schedule schedule;
    if (scheduled()) {
        schedule.at = m_time->time();
        if (m_weekdays->isChecked()) {
            for (int i = 0; i < m_days.size(); ++i)
                if (m_days[i]->isChecked())
                    schedule.days << Qt::DayOfWeek(Qt::Monday + i);
            if (schedule.days.isEmpty()) {
                m_error->setText(tr("Tick at least one day, or choose \"every day\"."));
                return false;
            }
        }
        schedule.weeklyDrill = m_drill->isChecked();
    }

    QSettings settings;
    settings.setValue(QStringLiteral("wizard/savePlan"), m_savePlan->isChecked());
    model->setSavePlanPath(QString());
    model->pendingSchedule.reset();
    if (!m_savePlan->isChecked())
        return true;
    const QString path = QFileInfo(QDir::fromNativeSeparators(m_planPath->text().trimmed())).absoluteFilePath();
    settings.setValue(QStringLiteral("wizard/planPath"), m_planPath->text());
    const BackupPlan plan = model->plan();
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (Status saved = plan.save(path); !saved) {
        m_error->setText(tr("The plan could not be saved: %1").arg(saved.errorMessage()));
        return false;
    }
    model->setSavePlanPath(path);
    if (scheduled()) {
        schedule.name = plan.name;
        schedule.planPath = path;
        schedule.location = plan.location;
        schedule.watch = !plan.notify.isEmpty();
        model->pendingSchedule = schedule;
    }
    return true;
}

}  // namespace lbw::ui
