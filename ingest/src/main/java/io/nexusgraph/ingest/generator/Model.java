package io.nexusgraph.ingest.generator;

import java.time.Instant;
import java.util.List;

/** The fictional world the files describe. Package-private: only files leave the generator. */
final class Model {
  private Model() {}

  record Company(
      String key,
      String name,
      String domain,
      String industry,
      int size,
      boolean japanese,
      String stripeCustomerId,
      long shopifyShopId,
      String myshopifyDomain,
      String segmentGroupId) {}

  /**
   * @param previousCompany index of the employer before a job change, or -1
   * @param previousWorkEmail the work email at the previous employer, or null
   * @param jobChangeAt when the person moved, or null
   */
  record Person(
      String key,
      String first,
      String last,
      int company,
      String workEmail,
      int previousCompany,
      String previousWorkEmail,
      Instant jobChangeAt,
      String personalEmail,
      String phone,
      String userId,
      List<String> anonymousIds,
      long shopifyCustomerId) {

    String name() {
      return first + " " + last;
    }

    String emailAt(Instant t) {
      return jobChangeAt != null && t.isBefore(jobChangeAt) ? previousWorkEmail : workEmail;
    }

    int companyAt(Instant t) {
      return jobChangeAt != null && t.isBefore(jobChangeAt) ? previousCompany : company;
    }
  }
}
