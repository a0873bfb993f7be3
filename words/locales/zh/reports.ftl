### 报告中的文字：summary.md（md-）、HTML 评分表（html-）、排名表（ranking-）、junit.xml（junit-）。
### 每条消息在 en/reports.ftl 中有同名的英文版本，变量相同。
