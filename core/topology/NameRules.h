#pragma once
// What a name taken from a topology may look like. Host names, SQL Server
// instances and share names from a topology end up in PowerShell command
// text, UNC paths, connection strings and folder names, so each is checked
// against the rule of the system that owns it (DNS, SQL Server, SMB) before
// anything uses it: a name that breaks the rule is refused, never quoted and
// hoped for.

#include <QString>
#include <QStringView>

namespace lbw {

// RFC 1123 host name (pools, servers, SIP domains): dot-separated labels of
// 1-63 letters, digits and hyphens, no hyphen at either end of a label, 253
// characters in all, no trailing dot. Nothing else can name a Lync server,
// and nothing in it can end a command argument or a path component.
bool isValidFqdn(QStringView name);

// SQL Server instance name: empty (the default instance) or 1-16 characters,
// the first a letter or '_', the others letters, digits, '_' or '$'; this is
// SQL Server's own rule for instance names.
bool isValidSqlInstanceName(QStringView name);

// SMB share name: 1-80 characters without control characters or any of
// \ / : * ? " < > |, not ending in '.' or a space; what Windows lets a share
// be called, so \\server\share can never point anywhere else.
bool isValidShareName(QStringView name);

// Site name (only shown, never run): at most 256 characters and no control
// characters, which could forge lines in logs and reports.
bool isValidSiteName(QStringView name);

// NetInterface@IPAddress: empty, a dotted-quad IPv4 address written the
// usual way (no octal or shortened forms that read differently to different
// programs) or an IPv6 address without a scope.
bool isValidIpAddress(QStringView address);

// True for characters that are invisible or move the text around when shown:
// C0/C1 controls, format characters (such as bidirectional overrides), line
// and paragraph separators and unpaired surrogates.
bool hasControlCharacters(QStringView text);

// `value` fit to quote in an error message: control characters written as
// \u{XXXX} and at most `maxLength` characters, "..." marking a cut.
QString printableExcerpt(QStringView value, qsizetype maxLength = 80);

}  // namespace lbw
