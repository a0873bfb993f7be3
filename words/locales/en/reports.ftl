### The words of the reports: summary.md (md-), the HTML scorecard (html-), the ranking (ranking-), junit.xml (junit-).
### Every message has a Chinese twin of the same id and variables in zh/reports.ftl.
