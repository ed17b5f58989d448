// KnownHosts: OpenSSH's known_hosts format (plain, hashed, [host]:port), TOFU and changed keys.

#include "ssh/KnownHosts.h"

#include <QFile>
#include <QMessageAuthenticationCode>
#include <QTemporaryDir>
#include <QTest>

using gpudesk::KnownHosts;

namespace {

// A real ed25519 public key blob (from ssh-keygen) and a second one.
const QByteArray kKeyA = QByteArray::fromBase64("AAAAC3NzaC1lZDI1NTE5AAAAIC0lZjGkFbtOO6CVseFJT1RTMrH7Rese/Ac0Xi07szbS");
const QByteArray kKeyB = QByteArray::fromBase64("AAAAC3NzaC1lZDI1NTE5AAAAIHy2IRaqp080kINDs1JaSGDLD9WIqCWGeIMEQ3Sl09Zm");
const QString kEd = QStringLiteral("ssh-ed25519");

void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

QByteArray hashedHost(const QString &pattern, const QByteArray &salt)
{
    return "|1|" + salt.toBase64() + '|'
        + QMessageAuthenticationCode::hash(pattern.toUtf8(), salt, QCryptographicHash::Sha1).toBase64();
}

} // namespace

class TestSshKnownHosts : public QObject
{
    Q_OBJECT

private slots:
    void fingerprintMatchesOpenSsh();
    void hostPatternUsesBracketsForOtherPorts();
    void unknownThenTrustedThenKnown();
    void changedKeyIsReported();
    void readsUserFileHashedAndPlain();
    void negationAndWildcards();
    void forgetRemovesOnlyThatHost();
    void markerLinesAreIgnored();
};

void TestSshKnownHosts::fingerprintMatchesOpenSsh()
{
    // `ssh-keygen -lf` of the key above prints this fingerprint.
    QCOMPARE(KnownHosts::fingerprint(kKeyA), QStringLiteral("SHA256:1ty/HI/Yq5c5B7kU8hdREmLVREndewsBBIQdewKDriI"));
    QVERIFY(!KnownHosts::fingerprint(kKeyA).endsWith(QLatin1Char('=')));
    QCOMPARE(KnownHosts::fingerprint(kKeyA).size(), 7 + 43);
}

void TestSshKnownHosts::hostPatternUsesBracketsForOtherPorts()
{
    QCOMPARE(KnownHosts::hostPattern(QStringLiteral("Example.org"), 22), QStringLiteral("example.org"));
    QCOMPARE(KnownHosts::hostPattern(QStringLiteral("127.0.0.1"), 2222), QStringLiteral("[127.0.0.1]:2222"));
}

void TestSshKnownHosts::unknownThenTrustedThenKnown()
{
    QTemporaryDir dir;
    const QString own = dir.filePath(QStringLiteral("sub/known_hosts"));
    const KnownHosts hosts(own, QString());
    QCOMPARE(hosts.check(QStringLiteral("127.0.0.1"), 2222, kEd, kKeyA).status, KnownHosts::Status::Unknown);
    QVERIFY(hosts.trust(QStringLiteral("127.0.0.1"), 2222, kEd, kKeyA).ok());
    const auto known = hosts.check(QStringLiteral("127.0.0.1"), 2222, kEd, kKeyA);
    QCOMPARE(known.status, KnownHosts::Status::Known);
    QCOMPARE(known.knownFile, own);
    // Another port of the same host is another host for SSH.
    QCOMPARE(hosts.check(QStringLiteral("127.0.0.1"), 2223, kEd, kKeyA).status, KnownHosts::Status::Unknown);
    QVERIFY(hosts.trust(QStringLiteral("127.0.0.1"), 2223, kEd, kKeyB).ok());
    QFile f(own);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QCOMPARE(lines.size(), 3); // two lines and the final newline
    QCOMPARE(lines.at(0), "[127.0.0.1]:2222 ssh-ed25519 " + kKeyA.toBase64());
    QCOMPARE(hosts.entries()->size(), 2);
    QCOMPARE(hosts.knownKeyTypes(QStringLiteral("127.0.0.1"), 2223), QStringList { kEd });
}

void TestSshKnownHosts::changedKeyIsReported()
{
    QTemporaryDir dir;
    const KnownHosts hosts(dir.filePath(QStringLiteral("known_hosts")), QString());
    QVERIFY(hosts.trust(QStringLiteral("pod.local"), 22, kEd, kKeyA).ok());
    const auto changed = hosts.check(QStringLiteral("pod.local"), 22, kEd, kKeyB);
    QCOMPARE(changed.status, KnownHosts::Status::Changed);
    QCOMPARE(changed.knownFingerprint, KnownHosts::fingerprint(kKeyA));
    // Another key type for a known host is a change too, never a silent first contact.
    QCOMPARE(hosts.check(QStringLiteral("pod.local"), 22, QStringLiteral("ssh-rsa"), kKeyB).status,
        KnownHosts::Status::Changed);
}

void TestSshKnownHosts::readsUserFileHashedAndPlain()
{
    QTemporaryDir dir;
    const QString user = dir.filePath(QStringLiteral("user_known_hosts"));
    writeFile(user,
        "# comment\n\n" + hashedHost(QStringLiteral("[10.0.0.5]:2200"), "0123456789abcdefghij") + " ssh-ed25519 "
            + kKeyA.toBase64() + "\nalpha,beta.example ssh-ed25519 " + kKeyB.toBase64() + " comment here\n");
    const KnownHosts hosts(dir.filePath(QStringLiteral("own")), user);
    const auto hashed = hosts.check(QStringLiteral("10.0.0.5"), 2200, kEd, kKeyA);
    QCOMPARE(hashed.status, KnownHosts::Status::Known);
    QCOMPARE(hashed.knownFile, user);
    QCOMPARE(hashed.knownLine, 3);
    QCOMPARE(hosts.check(QStringLiteral("10.0.0.5"), 22, kEd, kKeyA).status, KnownHosts::Status::Unknown);
    QCOMPARE(hosts.check(QStringLiteral("BETA.example"), 22, kEd, kKeyB).status, KnownHosts::Status::Known);
    QCOMPARE(hosts.check(QStringLiteral("alpha"), 22, kEd, kKeyA).status, KnownHosts::Status::Changed);
    // trust() writes GPU Desk's own file only.
    QVERIFY(hosts.trust(QStringLiteral("gamma"), 22, kEd, kKeyA).ok());
    QFile f(user);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(!f.readAll().contains("gamma"));
}

void TestSshKnownHosts::negationAndWildcards()
{
    QTemporaryDir dir;
    const QString user = dir.filePath(QStringLiteral("user"));
    writeFile(user, "*.pods.example,!bad.pods.example ssh-ed25519 " + kKeyA.toBase64() + '\n');
    const KnownHosts hosts(dir.filePath(QStringLiteral("own")), user);
    QCOMPARE(hosts.check(QStringLiteral("a1.pods.example"), 22, kEd, kKeyA).status, KnownHosts::Status::Known);
    QCOMPARE(hosts.check(QStringLiteral("bad.pods.example"), 22, kEd, kKeyA).status, KnownHosts::Status::Unknown);
    QCOMPARE(hosts.check(QStringLiteral("pods.example"), 22, kEd, kKeyA).status, KnownHosts::Status::Unknown);
}

void TestSshKnownHosts::forgetRemovesOnlyThatHost()
{
    QTemporaryDir dir;
    const KnownHosts hosts(dir.filePath(QStringLiteral("own")), QString());
    QVERIFY(hosts.trust(QStringLiteral("127.0.0.1"), 2222, kEd, kKeyA).ok());
    QVERIFY(hosts.trust(QStringLiteral("127.0.0.1"), 2223, kEd, kKeyA).ok());
    const auto removed = hosts.forget(QStringLiteral("127.0.0.1"), 2222);
    QVERIFY(removed.ok());
    QCOMPARE(*removed, 1);
    QCOMPARE(hosts.check(QStringLiteral("127.0.0.1"), 2222, kEd, kKeyB).status, KnownHosts::Status::Unknown);
    QCOMPARE(hosts.check(QStringLiteral("127.0.0.1"), 2223, kEd, kKeyA).status, KnownHosts::Status::Known);
}

void TestSshKnownHosts::markerLinesAreIgnored()
{
    QTemporaryDir dir;
    const QString user = dir.filePath(QStringLiteral("user"));
    writeFile(user,
        "@revoked host1 ssh-ed25519 " + kKeyA.toBase64() + "\n@cert-authority host1 ssh-ed25519 " + kKeyB.toBase64()
            + "\nbroken-line\n");
    const KnownHosts hosts(dir.filePath(QStringLiteral("own")), user);
    QCOMPARE(hosts.check(QStringLiteral("host1"), 22, kEd, kKeyA).status, KnownHosts::Status::Unknown);
}

QTEST_GUILESS_MAIN(TestSshKnownHosts)
#include "tst_ssh_knownhosts.moc"
