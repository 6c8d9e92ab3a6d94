# One place for the warning flags every QueueWatch target uses.
add_library(queuewatch_warnings INTERFACE)
if(MSVC)
    target_compile_options(queuewatch_warnings INTERFACE /W4 /permissive- /utf-8)
    if(QUEUEWATCH_WERROR)
        target_compile_options(queuewatch_warnings INTERFACE /WX)
    endif()
else()
    target_compile_options(queuewatch_warnings INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
        -Woverloaded-virtual -Wimplicit-fallthrough -Wformat=2)
    if(QUEUEWATCH_WERROR)
        target_compile_options(queuewatch_warnings INTERFACE -Werror)
    endif()
endif()
# Keep string handling explicit: no silent QString <-> const char* conversions.
target_compile_definitions(queuewatch_warnings INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY QT_USE_QSTRINGBUILDER QT_STRICT_ITERATORS
    QT_NO_KEYWORDS QT_DISABLE_DEPRECATED_BEFORE=0x060400)
