# Writes a program's man page from its own --help, so the page lists exactly the options the
# program takes (a test compares them again from the installed package).
#   cmake -DPROGRAM=path -DNAME=queuewatch-report -DVERSION=0.1.0 -DOUTPUT=file.1 -P manpage.cmake
cmake_minimum_required(VERSION 3.25)
set(ENV{QT_QPA_PLATFORM} offscreen)
execute_process(COMMAND "${PROGRAM}" --language en --help
    OUTPUT_VARIABLE help RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} --help failed: ${result}")
endif()

function(roff_escape text out)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REPLACE "-" "\\-" text "${text}")
    string(REGEX REPLACE "^([.'])" "\\\\&\\1" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

string(REPLACE ";" "\\;" help "${help}")
# Square brackets would join list items in CMake: kept aside until the page is written.
string(REPLACE "[" "@LSQB@" help "${help}")
string(REPLACE "]" "@RSQB@" help "${help}")
string(REPLACE "\n" ";" lines "${help}")
set(section "usage")
set(summary "")
set(description "")
set(options "")
set(arguments "")
set(synopsis "")
foreach(line IN LISTS lines)
    if(line MATCHES "^Usage: [^ ]+ (.*)$")
        roff_escape("${CMAKE_MATCH_1}" synopsis)
        set(section "description")
        continue()
    elseif(line STREQUAL "Options:")
        set(section "options")
        continue()
    elseif(line STREQUAL "Arguments:")
        set(section "arguments")
        continue()
    endif()
    roff_escape("${line}" escaped)
    if(section STREQUAL "description")
        if(line STREQUAL "")
            continue()
        endif()
        if(summary STREQUAL "")
            set(summary "${escaped}")
        else()
            string(APPEND description "${escaped}\n.br\n")
        endif()
    elseif(section STREQUAL "options" OR section STREQUAL "arguments")
        if(line MATCHES "^  ([^ ].*[^ ])   *([^ ].*)$")
            roff_escape("${CMAKE_MATCH_1}" term)
            roff_escape("${CMAKE_MATCH_2}" text)
            string(APPEND ${section} ".TP\n.B ${term}\n${text}\n")
        elseif(line MATCHES "^  ([^ ].*)$")
            roff_escape("${CMAKE_MATCH_1}" term)
            string(APPEND ${section} ".TP\n.B ${term}\n")
        elseif(line MATCHES "^ +(.*)$")
            roff_escape("${CMAKE_MATCH_1}" text)
            string(APPEND ${section} "${text}\n")
        endif()
    endif()
endforeach()
string(REGEX REPLACE "\n\\.br\n$" "\n" description "${description}")

foreach(_part summary description options arguments synopsis)
    string(REPLACE "@LSQB@" "[" ${_part} "${${_part}}")
    string(REPLACE "@RSQB@" "]" ${_part} "${${_part}}")
endforeach()
string(TOUPPER "${NAME}" title)
file(WRITE "${OUTPUT}" ".TH ${title} 1 \"\" \"QueueWatch ${VERSION}\" \"User Commands\"
.SH NAME
${NAME} \\- ${summary}
.SH SYNOPSIS
.B ${NAME}
${synopsis}
.SH DESCRIPTION
${summary}
.br
${description}
.SH OPTIONS
${options}")
if(NOT arguments STREQUAL "")
    file(APPEND "${OUTPUT}" ".SH ARGUMENTS\n${arguments}")
endif()
file(APPEND "${OUTPUT}" ".SH SEE ALSO
.BR queuewatch (1),
.BR queuewatch-report (1),
.BR queuewatch-loader (1),
.BR queuewatch-action (1),
.BR queuewatch-generate (1)
")
