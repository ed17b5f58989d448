# app/billing sources: appended to GPUDESK_APP_SOURCES (paths relative to app/).
list(APPEND GPUDESK_APP_SOURCES
    billing/BillingRule.cpp billing/BillingRule.h
    billing/BillingRules.cpp billing/BillingRules.h
    billing/Budget.h
    billing/BudgetMonitor.cpp billing/BudgetMonitor.h
    billing/BudgetRepository.cpp billing/BudgetRepository.h
    billing/CostShare.cpp billing/CostShare.h
    billing/Ledger.cpp billing/Ledger.h
    billing/LedgerRepository.cpp billing/LedgerRepository.h
    billing/LedgerTotal.h
    billing/UsageInterval.h
)
