# Report semantics suites (black-box through queuewatch-report); built by tests/CMakeLists.txt.
list(APPEND QUEUEWATCH_SEMANTICS_SUITES
    tst_semantics_calls
    tst_semantics_stints
    tst_semantics_cluster
    tst_semantics_agents
    tst_semantics_kpis
    tst_semantics_input
    tst_semantics_live
    tst_semantics_members
    tst_semantics_cli
    tst_semantics_database
    tst_semantics_warnings)
