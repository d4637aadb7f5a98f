package io.nexusgraph.ingest.generator;

import io.nexusgraph.ingest.generator.Model.Company;
import io.nexusgraph.ingest.generator.Model.Person;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/** Builds the companies and people, including job changes, and records their ground truth. */
final class WorldBuilder {
  static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
  static final Duration SPAN = Duration.ofDays(700);

  final Random random;
  final GroundTruth truth;
  final List<Company> companies = new ArrayList<>();
  final List<Person> people = new ArrayList<>();
  final List<Person> staff = new ArrayList<>();
  private final Set<String> used = new HashSet<>();

  WorldBuilder(Random random, GroundTruth truth) {
    this.random = random;
    this.truth = truth;
  }

  void build(Scale scale) {
    Company vendor =
        new Company("c-vendor", "Nexora", "nexora.io", "Software", 120, false, null, 0, null, null);
    truth.add("group", "domain", vendor.domain(), vendor.key());
    for (int i = 0; i < 8; i++) {
      staff.add(person("s-" + i, -1, vendor, null));
    }
    for (int i = 0; i < scale.companies(); i++) {
      companies.add(company(i));
    }
    for (int i = 0; i < scale.people(); i++) {
      int c = random.nextInt(companies.size());
      people.add(person("p-" + i, c, companies.get(c), null));
    }
    int changers = people.size() / 20;
    for (int i = 0; i < changers; i++) {
      int p = random.nextInt(people.size());
      Person before = people.get(p);
      int next = (before.company() + 1 + random.nextInt(companies.size() - 1)) % companies.size();
      if (before.jobChangeAt() == null) {
        people.set(p, changeJob(before, next));
      }
    }
  }

  private Company company(int i) {
    String name;
    String domain;
    do {
      name = pick(Names.COMPANY_A) + " " + pick(Names.COMPANY_B);
      if (used.contains(name)) {
        name = name + " " + (i + 1);
      }
      boolean jp = random.nextInt(10) == 0;
      String tld = jp ? ".co.jp" : random.nextInt(4) == 0 ? ".io" : ".com";
      domain = name.toLowerCase(Locale.ROOT).replace(' ', '-') + tld;
    } while (!used.add(name) || !used.add(domain));
    String key = "c-" + i;
    boolean japanese = domain.endsWith(".co.jp");
    String stripe = "cus_" + token(14);
    long shop = random.nextInt(3) == 0 ? 10_000_000L + random.nextInt(90_000_000) : 0;
    String myshopify =
        shop == 0 ? null : domain.substring(0, domain.indexOf('.')) + ".myshopify.com";
    Company c =
        new Company(
            key,
            name,
            domain,
            pick(Names.INDUSTRIES),
            10 + random.nextInt(5000),
            japanese,
            stripe,
            shop,
            myshopify,
            "grp_" + token(8));
    truth.add("group", "domain", domain, key);
    truth.add("group", "stripe_customer_id", stripe, key);
    truth.add("group", "segment_group_id", c.segmentGroupId(), key);
    if (shop != 0) {
      truth.add("group", "shopify_shop_id", String.valueOf(shop), key);
      truth.add("group", "myshopify_domain", myshopify, key);
    }
    return c;
  }

  private Person person(String key, int companyIndex, Company company, Instant change) {
    String first = pick(Names.FIRST);
    String last = pick(Names.LAST);
    String local = first.toLowerCase(Locale.ROOT) + "." + last.toLowerCase(Locale.ROOT);
    String work = unique(local, company.domain());
    String personal = unique(local + (1 + random.nextInt(99)), pick(Names.PERSONAL_DOMAINS));
    String phone = phone(company.japanese());
    String userId = "u-" + token(10);
    List<String> anon = new ArrayList<>();
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      anon.add(token(8) + "-" + token(4) + "-" + token(4));
    }
    long shopifyId = 6_000_000_000L + random.nextInt(1_000_000_000);
    Person p =
        new Person(
            key,
            first,
            last,
            companyIndex,
            work,
            -1,
            null,
            change,
            personal,
            phone,
            userId,
            List.copyOf(anon),
            shopifyId);
    truth.add("person", "email", work, key);
    truth.add("person", "email", personal, key);
    truth.add("person", "phone", phone, key);
    truth.add("person", "user_id", userId, key);
    anon.forEach(a -> truth.add("person", "anonymous_id", a, key));
    truth.add("person", "shopify_customer_id", String.valueOf(shopifyId), key);
    return p;
  }

  private Person changeJob(Person p, int next) {
    Company old = companies.get(p.company());
    Company now = companies.get(next);
    String newWork =
        unique(
            p.first().toLowerCase(Locale.ROOT) + "." + p.last().toLowerCase(Locale.ROOT),
            now.domain());
    truth.add("person", "email", newWork, p.key());
    Instant at = START.plus(Duration.ofDays(200 + random.nextInt(300)));
    return new Person(
        p.key(),
        p.first(),
        p.last(),
        next,
        newWork,
        p.company(),
        p.workEmail(),
        at,
        p.personalEmail(),
        p.phone(),
        p.userId(),
        p.anonymousIds(),
        p.shopifyCustomerId());
  }

  String phone(boolean japanese) {
    while (true) {
      String n;
      if (japanese) {
        n = "+81 3-%04d-%04d".formatted(1000 + random.nextInt(9000), random.nextInt(10000));
      } else {
        String area = pick(Names.US_AREAS);
        int exchange = 230 + random.nextInt(760);
        String line = "%04d".formatted(random.nextInt(10000));
        n =
            switch (random.nextInt(3)) {
              case 0 -> "(" + area + ") " + exchange + "-" + line;
              case 1 -> area + "." + exchange + "." + line;
              default -> "+1 " + area + " " + exchange + " " + line;
            };
      }
      if (exchangeOk(n) && used.add(n.replaceAll("[^0-9]", ""))) {
        return n;
      }
    }
  }

  private static boolean exchangeOk(String n) {
    String digits = n.replaceAll("[^0-9]", "");
    return !digits.contains("555") && !digits.endsWith("0000");
  }

  private String unique(String local, String domain) {
    String candidate = local + "@" + domain;
    for (int i = 2; !used.add(candidate); i++) {
      candidate = local + i + "@" + domain;
    }
    return candidate;
  }

  Instant time() {
    return START.plusSeconds((long) (random.nextDouble() * SPAN.toSeconds()));
  }

  <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  String token(int len) {
    String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    StringBuilder sb = new StringBuilder(len);
    for (int i = 0; i < len; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}
