#include "recover/CertificateField.h"

#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace lbw::ui {

CertificateField::CertificateField(QWidget *parent)
    : QWidget(parent), m_file(new QLineEdit(this)), m_password(new QLineEdit(this)) {
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *fileLabel = new QLabel(tr("Certificate &file:"), this);
    fileLabel->setBuddy(m_file);
    auto *browse = new QPushButton(tr("B&rowse..."), this);
    auto *passwordLabel = new QLabel(tr(".pfx pass&word:"), this);
    passwordLabel->setBuddy(m_password);
    m_file->setObjectName(QStringLiteral("certificateFile"));
    m_file->setPlaceholderText(tr("The server's certificate, exported with its private key (.pfx) or as PEM/DER"));
    m_password->setObjectName(QStringLiteral("certificatePassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Only for a .pfx file"));
    layout->addWidget(fileLabel, 0, 0);
    layout->addWidget(m_file, 0, 1);
    layout->addWidget(browse, 0, 2);
    layout->addWidget(passwordLabel, 1, 0);
    layout->addWidget(m_password, 1, 1);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen =
            QFileDialog::getOpenFileName(this, tr("Certificate file"), m_file->text(),
                                         tr("Certificates (*.pfx *.p12 *.pem *.cer *.crt *.der);;All files (*)"));
        if (!chosen.isEmpty())
            m_file->setText(QDir::toNativeSeparators(chosen));
    });
}

QString CertificateField::file() const {
    return QDir::fromNativeSeparators(m_file->text().trimmed());
}

QByteArray CertificateField::password() const {
    return m_password->text().toUtf8();
}

}  // namespace lbw::ui
