using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using OfflineSdk.Tests.Sources;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>AssociateRequest: Parameters["Target"], ["Relationship"], ["RelatedEntities"], all present (null) after construction.</summary>
    public class AssociateRequestTests
    {
        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "AssociateRequest", PublicCode.XrmSdk + "Messages/AssociateRequest.cs")]
        public void Constructor_puts_all_three_parameters_in_Parameters()
        {
            AssociateRequest request = new AssociateRequest();

            Assert.Equal("Associate", request.RequestName);
            Assert.Equal(3, request.Parameters.Count);
            Assert.Null(request.Relationship);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "AssociateRequest", PublicCode.XrmSdk + "Messages/AssociateRequest.cs")]
        public void Properties_round_trip_through_Parameters()
        {
            EntityReference team = new EntityReference("team", Guid.NewGuid());
            Relationship relationship = new Relationship("teamroles_association");
            EntityReferenceCollection roles = new EntityReferenceCollection { new EntityReference("role", Guid.NewGuid()) };

            AssociateRequest request = new AssociateRequest { Target = team, Relationship = relationship, RelatedEntities = roles };

            Assert.Same(team, request.Parameters["Target"]);
            Assert.Same(relationship, request.Parameters["Relationship"]);
            Assert.Same(roles, request.Parameters["RelatedEntities"]);
        }
    }
}
