package io.nexusgraph.ingest.generator;

import java.util.List;

/** Word lists for fictional names. */
final class Names {
  private Names() {}

  static final List<String> FIRST =
      List.of(
          "Alice", "Bob", "Carol", "Dana", "Eve", "Frank", "Grace", "Hiro", "Ines", "Jonas", "Kai",
          "Lena", "Mateo", "Nora", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tara", "Uma",
          "Victor", "Wen", "Xavier", "Yuki", "Zoe", "Amir", "Bea", "Chen", "Diego", "Elif", "Femi",
          "Greta", "Hugo", "Ivy", "Jamal", "Keiko", "Liam", "Mina", "Nils");

  static final List<String> LAST =
      List.of(
          "Smith",
          "Jones",
          "Kim",
          "Moreau",
          "Garcia",
          "Tanaka",
          "Okafor",
          "Novak",
          "Rossi",
          "Silva",
          "Berg",
          "Khan",
          "Lopez",
          "Meyer",
          "Nguyen",
          "Olsen",
          "Patel",
          "Quist",
          "Reyes",
          "Sato",
          "Torres",
          "Ueda",
          "Varga",
          "Weber",
          "Xu",
          "Yilmaz",
          "Zhang",
          "Adams",
          "Brooks",
          "Costa",
          "Diaz",
          "Evans",
          "Fischer",
          "Gupta",
          "Haas",
          "Ito",
          "Jensen",
          "Kowalski");

  static final List<String> COMPANY_A =
      List.of(
          "Acme",
          "Globex",
          "Initech",
          "Umbrella",
          "Hooli",
          "Vandelay",
          "Stark",
          "Wayne",
          "Tyrell",
          "Cyberdyne",
          "Soylent",
          "Gringotts",
          "Wonka",
          "Oscorp",
          "Dunder",
          "Prestige",
          "Monarch",
          "Nakatomi",
          "Zorg",
          "Aperture",
          "Black Mesa",
          "Blue Sun",
          "Virtucon",
          "Kaiju");

  static final List<String> COMPANY_B =
      List.of(
          "Labs",
          "Systems",
          "Logistics",
          "Foods",
          "Analytics",
          "Robotics",
          "Capital",
          "Health",
          "Energy",
          "Media",
          "Works",
          "Dynamics",
          "Networks",
          "Partners");

  static final List<String> INDUSTRIES =
      List.of("Software", "Manufacturing", "Retail", "Finance", "Healthcare", "Logistics", "Media");

  static final List<String> PERSONAL_DOMAINS =
      List.of("gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me");

  static final List<String> US_AREAS =
      List.of(
          "201", "206", "212", "213", "305", "312", "415", "503", "512", "617", "646", "702", "718",
          "773", "818", "917");

  static final List<String> PAGES =
      List.of(
          "Home", "Pricing", "Docs", "Blog", "Careers", "Integrations", "Security", "Changelog");

  static final List<String> TRACKS =
      List.of("Signed In", "Report Exported", "Dashboard Viewed", "Invite Sent", "Seat Added");
}
