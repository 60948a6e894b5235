package org.onewindow.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Set;
import java.util.regex.Pattern;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RestController;

/** The structure the code promises, checked on every build. */
@AnalyzeClasses(packages = "org.onewindow",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

    /** Test support shared through other modules' test jars (the test broker) is not production code. */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }

    /**
     * Jedis commands that change data, by name (on Jedis, a pipeline or a transaction), and the ways
     * around scripts (EVAL, MULTI, WATCH). Reading stays free. Left out on purpose: the bookkeeping of
     * a stream's consumer group (XREADGROUP, XACK, XAUTOCLAIM, XGROUP), which delivers events rather
     * than changing the hall, and which a blocking read cannot do inside a script.
     */
    private static final Pattern JEDIS_WRITES = Pattern.compile("set|setnx|setex|psetex|setrange|mset|msetnx|getSet|getDel|getEx"
            + "|append|incr|incrBy|incrByFloat|decr|decrBy|del|unlink|expire|pexpire|expireAt|pexpireAt|persist|rename|renamenx"
            + "|copy|move|restore|hset|hsetnx|hmset|hdel|hincrBy|hincrByFloat|lpush|lpushx|rpush|rpushx|lpop|rpop|blpop|brpop"
            + "|lmpop|blmpop|lset|lrem|ltrim|linsert|lmove|blmove|rpoplpush|brpoplpush|sadd|srem|spop|smove|sinterstore"
            + "|sunionstore|sdiffstore|zadd|zaddIncr|zincrby|zrem|zpopmin|zpopmax|bzpopmin|bzpopmax|zmpop|bzmpop"
            + "|zremrangeByRank|zremrangeByScore|zremrangeByLex|zunionstore|zinterstore|zdiffstore|zrangestore|xadd|xdel|xtrim"
            + "|setbit|bitop|bitfield|pfadd|pfmerge|geoadd|georadiusStore|georadiusByMemberStore|geosearchStore"
            + "|flushDB|flushAll|swapDB|multi|watch|eval|evalsha|fcall|scriptLoad|functionLoad", Pattern.CASE_INSENSITIVE);

    private static final DescribedPredicate<JavaMethodCall> JEDIS_WRITE = DescribedPredicate.describe(
            "a Jedis command that changes Redis", call -> call.getTargetOwner().getPackageName().startsWith("redis.clients.jedis")
                    && JEDIS_WRITES.matcher(call.getName()).matches());

    @ArchTest
    static final ArchRule onlyScriptsChangeRedis = noClasses()
            .that().resideOutsideOfPackage("..server.redis..")
            .should().callMethodWhere(JEDIS_WRITE)
            .because("every change to Redis is a Lua script run through LuaScripts, checked before it writes (ADR 0001)");

    @ArchTest
    static final ArchRule rulesArePureCode = noClasses()
            .that().resideInAnyPackage("..server.ordering..", "..server.estimate..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "redis.clients..")
            .because("the ordering policy and wait estimates are pure rules, unit-tested without Redis or Spring");

    @ArchTest
    static final ArchRule onlyMessagingStartsTheBroker = noClasses()
            .that().resideOutsideOfPackage("..server.messaging..")
            .should().dependOnClassesThat().resideInAnyPackage("io.moquette..")
            .because("the embedded broker is a detail of the messaging feature");

    @ArchTest
    static final ArchRule pahoStaysBehindTheGateway = noClasses()
            .that().resideInAPackage("org.onewindow.server..")
            .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.paho..")
            .because("the server speaks MQTT through the protocol's gateway, as every device does (the protocol checks its own side)");

    @ArchTest
    static final ArchRule featuresFormNoCycle = slices().matching("org.onewindow.server.(*)..")
            .should().beFreeOfCycles()
            .because("a feature can be read, tested and changed from its own package and the ones it names");

    @ArchTest
    static final ArchRule onlyTheGateSpeaksNetty = noClasses()
            .that().resideOutsideOfPackage("..server.messaging.gate..")
            .should().dependOnClassesThat().resideInAnyPackage("io.netty..")
            .because("the gate in front of the embedded broker is the one place that reads MQTT packets itself (ADR 0025)");

    @ArchTest
    static final ArchRule controllersTalkToTheirOwnFeature = classes()
            .that().areAnnotatedWith(RestController.class).and().resideInAPackage("org.onewindow.server.(*)..")
            .should(new ArchCondition<JavaClass>("use no component of another feature but the hall's, the errors', security's and the audit trail") {
                @Override
                public void check(JavaClass controller, ConditionEvents events) {
                    String feature = featureOf(controller.getPackageName());
                    controller.getDirectDependenciesFromSelf().stream()
                            .map(d -> d.getTargetClass())
                            .filter(target -> target.getPackageName().startsWith("org.onewindow.server.")
                                    && target.isMetaAnnotatedWith(Component.class))
                            .filter(target -> {
                                String other = featureOf(target.getPackageName());
                                return !other.equals(feature) && !SHARED_BY_CONTROLLERS.contains(other);
                            })
                            .map(JavaClass::getName)
                            .distinct()
                            .forEach(target -> events.add(SimpleConditionEvent.violated(controller,
                                    controller.getName() + " uses " + target)));
                }
            })
            .because("a feature's web layer is a thin door to its own service; what it needs of another feature, its service asks for");

    /**
     * Components every feature's web layer may use: the hall's description, the errors it answers
     * with, who is asking, and the audit trail it writes what was done to.
     */
    private static final Set<String> SHARED_BY_CONTROLLERS = Set.of("hall", "error", "security", "audit");

    private static String featureOf(String packageName) {
        String rest = packageName.substring("org.onewindow.server.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    @ArchTest
    static final ArchRule featuresDoNotReachIntoTheWebLayer = noClasses()
            .that().resideInAnyPackage("..server.ticket..", "..server.calling..", "..server.queue..",
                    "..server.state..", "..server.ordering..", "..server.estimate..")
            .should().dependOnClassesThat().resideInAnyPackage("..server.security..", "..server.api..")
            .because("the queue rules work the same whoever calls them");

    @ArchTest
    static final ArchRule productionCodeNeverUsesTestSupport = noClasses()
            .that().resideInAPackage("org.onewindow.server..").and().resideOutsideOfPackage("..testsupport..")
            .should().dependOnClassesThat().resideInAPackage("..testsupport..")
            .because("test drivers and test servers are never shipped (test scope): code that needs one is a test");
}
