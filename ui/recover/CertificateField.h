#pragma once
// The certificate file the "certificates" step checks (PEM, DER or .pfx with
// its password): the wizard's counterpart of recovery --certificate.

#include <QWidget>

class QLineEdit;

namespace lbw::ui {

class CertificateField : public QWidget {
    Q_OBJECT
public:
    explicit CertificateField(QWidget *parent = nullptr);
    QString file() const;
    QByteArray password() const;

private:
    QLineEdit *m_file;
    QLineEdit *m_password;
};

}  // namespace lbw::ui
