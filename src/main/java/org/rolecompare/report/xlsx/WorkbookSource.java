package org.rolecompare.report.xlsx;
import java.util.List;
import java.util.function.Consumer;
import org.rolecompare.compare.Role;
import org.rolecompare.report.RunFacts;
import org.rolecompare.validate.Finding;
public interface WorkbookSource {
    RunFacts facts();
    List<String> dimensions();
    void comparisons(Consumer<ComparisonRow> sink);
    void roles(Consumer<Role> sink);
    void findings(Consumer<Finding> sink);
}
