package org.ordo.promotions.shell;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.ordo.promotions.internal.CouponDTO;
import org.ordo.promotions.internal.Promotions;

@Command(scope = "coupon", name = "generate", description = "Generates unguessable coupon codes for a promotion")
@Service
public class CouponGenerateCommand extends PromotionsCommand {
    private static final int SHOWN = 50;

    @Argument(index = 0, name = "id", description = "The promotion's id", required = true)
    @Completion(PromotionIdCompleter.class)
    String id;

    @Argument(index = 1, name = "count", description = "How many codes, 1 or more", required = true)
    String count;

    @Argument(index = 2, name = "options", description = "--prefix may also follow the count", multiValued = true)
    List<String> trailing;

    @Option(name = "--prefix", aliases = "-p", description = "What every code starts with, such as SUMMER-")
    String prefix;

    @Reference
    Promotions promotions;

    @Override
    protected void run(PrintStream out) {
        Map<String, String> after = PromotionsConsole.trailingOptions(trailing, Map.of("--prefix", "--prefix", "-p", "--prefix"));
        int generate = PromotionsConsole.count("count", count);
        List<CouponDTO> created = promotions.addCoupons(id.trim(), null, null, generate,
                PromotionsConsole.blankToNull(after.getOrDefault("--prefix", prefix)));
        out.println("Generated " + created.size() + " codes for promotion " + id.trim());
        created.stream().limit(SHOWN).forEach(coupon -> out.println(coupon.code));
        if (created.size() > SHOWN) {
            out.println("...");
        }
    }
}
