// The Debian package, built here with cpack from this build and unpacked into a temporary root
// (dpkg-deb -x): every program runs from it (--version, --help), every man page lists exactly
// the options its program takes, the desktop entries and AppStream metainfo validate, lintian
// finds no error, and the run-time dependencies a plain `apt install ./queuewatch_*.deb` needs
// are declared.
#include "support/fixtures.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Run = qw::test::ProgramRun;

namespace {
const QStringList Programs {u"queuewatch"_s, u"queuewatch-report"_s, u"queuewatch-generate"_s, u"queuewatch-loader"_s,
                            u"queuewatch-action"_s};

// The long options a program's --help lists.
QStringList optionsOf(const QString& help)
{
    QStringList options;
    // An option starts its line after two spaces; a wrapped description is indented further.
    static const QRegularExpression option(u"^  (?:-\\w, )?(--[\\w-]+)"_s, QRegularExpression::MultilineOption);
    for (auto it = option.globalMatch(help); it.hasNext();)
        options << it.next().captured(1);
    return options;
}
} // namespace

class TestPackage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void programsRunFromThePackage();
    void manPagesListTheOptions();
    void desktopEntriesAndMetainfoValidate();
    void lintianFindsNoError();
    void dependenciesAreDeclared();
    void filesAreWhereTheSystemLooks();

private:
    QString root(const QString& path) const { return m_dir.filePath(u"root/"_s + path); }
    Run run(const QString& program, const QStringList& arguments) const;

    QTemporaryDir m_dir;
    QString m_deb;
};

Run TestPackage::run(const QString& program, const QStringList& arguments) const
{
    return qw::test::runProgram(program, arguments, 300000);
}

void TestPackage::initTestCase()
{
    for (const QString& tool : {u"cpack"_s, u"dpkg-deb"_s, u"dpkg-shlibdeps"_s, u"lintian"_s,
                                u"desktop-file-validate"_s, u"appstreamcli"_s, u"gzip"_s}) {
        if (QStandardPaths::findExecutable(tool).isEmpty()) {
            if (qEnvironmentVariable("CI") == u"true")
                QFAIL(qPrintable(tool + u" is missing (bash .ci/setup installs it)"_s));
            QSKIP(qPrintable(u"skipped: "_s + tool + u" is not installed"_s));
        }
    }
    const Run packed = run(u"cpack"_s,
                           {u"-G"_s, u"DEB"_s, u"--config"_s, QStringLiteral(QUEUEWATCH_BUILD_DIR "/CPackConfig.cmake"),
                            u"-B"_s, m_dir.filePath(u"out"_s)});
    QVERIFY2(packed.exitCode == 0, qPrintable(QString::fromUtf8(packed.out) + packed.err));
    const QStringList debs = QDir(m_dir.filePath(u"out"_s)).entryList({u"queuewatch_*.deb"_s}, QDir::Files);
    QCOMPARE(debs.size(), 1);
    m_deb = m_dir.filePath(u"out/"_s + debs.first());
    QVERIFY(debs.first().startsWith(u"queuewatch_" QUEUEWATCH_VERSION_TEXT u"_"_s));
    const Run unpacked = run(u"dpkg-deb"_s, {u"-x"_s, m_deb, m_dir.filePath(u"root"_s)});
    QVERIFY2(unpacked.exitCode == 0, qPrintable(unpacked.err));
}

void TestPackage::programsRunFromThePackage()
{
    for (const QString& program : Programs) {
        const QString path = root(u"usr/bin/"_s + program);
        QVERIFY2(QFileInfo(path).isExecutable(), qPrintable(path));
        const Run version = run(path, {u"--version"_s});
        QVERIFY2(version.exitCode == 0, qPrintable(program + version.err));
        QVERIFY2(version.out.contains(QUEUEWATCH_VERSION_TEXT), version.out.constData());
        const Run help = run(path, {u"--help"_s});
        QVERIFY2(help.exitCode == 0, qPrintable(program + help.err));
        QVERIFY(help.out.contains("--language"));
    }
}

void TestPackage::manPagesListTheOptions()
{
    for (const QString& program : Programs) {
        const Run page = run(u"gzip"_s, {u"-dc"_s, root(u"usr/share/man/man1/"_s + program + u".1.gz"_s)});
        QVERIFY2(page.exitCode == 0, qPrintable(program + page.err));
        // In roff a dash is written "\-".
        const QString text = QString::fromUtf8(page.out).replace(u"\\-"_s, u"-"_s);
        const QStringList helped = optionsOf(QString::fromUtf8(run(root(u"usr/bin/"_s + program), {u"--help"_s}).out));
        QVERIFY(helped.size() >= 4);
        static const QRegularExpression listed(u"^\\.B (?:-\\w, )?(--[\\w-]+)"_s, QRegularExpression::MultilineOption);
        QStringList paged;
        for (auto it = listed.globalMatch(text); it.hasNext();)
            paged << it.next().captured(1);
        QCOMPARE(paged, helped);
        QVERIFY2(text.startsWith(u".TH "_s + program.toUpper()), qPrintable(text.left(80)));
    }
}

void TestPackage::desktopEntriesAndMetainfoValidate()
{
    const QStringList desktops = QDir(root(u"usr/share/applications"_s)).entryList({u"*.desktop"_s}, QDir::Files);
    QCOMPARE(desktops.size(), 2);
    for (const QString& desktop : desktops) {
        const Run valid = run(u"desktop-file-validate"_s, {root(u"usr/share/applications/"_s + desktop)});
        QVERIFY2(valid.exitCode == 0 && valid.out.trimmed().isEmpty(),
                 qPrintable(desktop + QString::fromUtf8(valid.out)));
    }
    const Run meta = run(u"appstreamcli"_s,
                         {u"validate"_s, u"--no-net"_s, u"--pedantic"_s,
                          root(u"usr/share/metainfo/org.queuewatch.QueueWatch.metainfo.xml"_s)});
    QVERIFY2(meta.exitCode == 0, qPrintable(QString::fromUtf8(meta.out) + meta.err));
}

void TestPackage::lintianFindsNoError()
{
    const Run lint = run(u"lintian"_s, {u"--tag-display-limit"_s, u"0"_s, m_deb});
    QStringList errors;
    for (const QByteArray& line : lint.out.split('\n')) {
        if (line.startsWith("E: "))
            errors << QString::fromUtf8(line);
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
}

void TestPackage::dependenciesAreDeclared()
{
    const Run depends = run(u"dpkg-deb"_s, {u"-f"_s, m_deb, u"Depends"_s});
    QVERIFY2(depends.exitCode == 0, qPrintable(depends.err));
    for (const char* needed :
         {"libqt6core6", "libqt6widgets6", "libqt6charts6", "libqt6sql6-mysql", "libqt6sql6-sqlite", "qt6-qpa-plugins",
          "qt6-translations-l10n", "libmariadb3", "libqt6keychain1", "libsecret-1-0"})
        QVERIFY2(depends.out.contains(needed),
                 qPrintable(u"%1 not in: %2"_s.arg(QLatin1StringView(needed), QString::fromUtf8(depends.out))));
}

void TestPackage::filesAreWhereTheSystemLooks()
{
    for (const QString& path :
         {u"usr/lib/systemd/system/queuewatch-loader@.service"_s, u"usr/share/queuewatch/queue_log.mysql.sql"_s,
          u"usr/share/queuewatch/queue_log.sqlite.sql"_s, u"usr/share/icons/hicolor/scalable/apps/queuewatch.svg"_s,
          u"usr/share/icons/hicolor/48x48/apps/queuewatch.png"_s, u"usr/share/doc/queuewatch/copyright"_s})
        QVERIFY2(QFileInfo::exists(root(path)), qPrintable(path));
    // The unit starts the program where the package put it.
    QFile unit(root(u"usr/lib/systemd/system/queuewatch-loader@.service"_s));
    QVERIFY(unit.open(QIODevice::ReadOnly));
    QVERIFY(unit.readAll().contains("ExecStart=/usr/bin/queuewatch-loader "));
}

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
