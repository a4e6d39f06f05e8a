package dev.idcenter.policy.model;

import java.util.List;

/**
 * The value of a {@code Principal} or {@code NotPrincipal} element.
 *
 * @param everyone      {@code "*"} or {@code {"AWS": "*"}}
 * @param aws           account ids, IAM/STS ARNs or unique ids listed under {@code AWS}
 * @param service       service principals such as {@code ec2.amazonaws.com}
 * @param federated     identity providers (OIDC/SAML provider ARNs or well-known hosts)
 * @param canonicalUser S3 canonical user ids
 */
public record Principals(boolean everyone, List<String> aws, List<String> service, List<String> federated,
                         List<String> canonicalUser) {

    public Principals {
        aws = List.copyOf(aws);
        service = List.copyOf(service);
        federated = List.copyOf(federated);
        canonicalUser = List.copyOf(canonicalUser);
    }
}
