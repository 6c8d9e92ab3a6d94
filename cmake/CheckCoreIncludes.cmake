# Fails when a core/ source includes a header of a Qt module other than Core and Sql.
file(GLOB_RECURSE _sources "${CORE_DIR}/*.h" "${CORE_DIR}/*.cpp")
set(_forbidden "QtWidgets|QtGui|QtCharts|QtNetwork|QtQuick|QtQml|QtPrintSupport|QtSvg|QWidget|QApplication|QGuiApplication|QChart|QPainter|QColor|QFont|QPixmap|QImage|QIcon")
foreach(_file IN LISTS _sources)
    file(STRINGS "${_file}" _lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"](${_forbidden})")
    if(_lines)
        message(FATAL_ERROR "${_file} includes a header outside Qt Core and Qt Sql: ${_lines}\n"
                            "core/ is Qt Core + Sql only; move this code to ui/.")
    endif()
endforeach()
