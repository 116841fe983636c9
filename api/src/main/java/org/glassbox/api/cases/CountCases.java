package org.glassbox.api.cases;

/** Answers a Long: how many cases match the filter. */
public record CountCases(CaseFilter filter) {
    public CountCases {
        filter = filter == null ? CaseFilter.any() : filter;
    }
}
