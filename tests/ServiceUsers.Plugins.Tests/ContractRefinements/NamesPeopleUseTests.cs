using System;
using Microsoft.Xrm.Sdk;
using ServiceUsers.Plugins.Errors;
using ServiceUsers.Plugins.Tests.Hardening;
using ServiceUsers.Plugins.Tests.Support;

namespace ServiceUsers.Plugins.Tests.ContractRefinements
{
    /// <summary>
    /// Names as service accounts are really named, through the API: the script mixes UTS #39 "Highly Restrictive"
    /// allows (Latin with Chinese, Japanese or Korean), single-script names in other writing systems, and the
    /// punctuation such names use. Look-alike mixes and invisible or direction-changing characters stay refused.
    /// </summary>
    public class NamesPeopleUseTests
    {
        private readonly ServiceUserScenario scenario = new ServiceUserScenario();

        [Theory]
        [InlineData("SAP連携")]
        [InlineData("Teams通知ユーザー")]
        [InlineData("ERP 연동")]
        [InlineData("CRM同步")]
        [InlineData("Υπηρεσία")]
        [InlineData("Интеграция")]
        [InlineData("خدمة")]
        [InlineData("שירות")]
        [InlineData("सेवा")]
        [InlineData("R&D Sync")]
        [InlineData("Finance: Payables")]
        [InlineData("ERP/CRM Bridge")]
        [InlineData("Build+Release #2, EU @ night")]
        public void Is_accepted_as_a_first_and_last_name(string name)
        {
            var response = scenario.Execute(scenario.Admin, ServiceUserScenario.NonInteractiveRequest().With("FirstName", name).With("LastName", name));

            var user = scenario.Org.Record("systemuser", (Guid)response["SystemUserId"]);
            Assert.Equal(name, user.GetAttributeValue<string>("firstname"));
            Assert.Equal(name, user.GetAttributeValue<string>("lastname"));
        }

        [Theory]
        [InlineData("P\u0430yables")]
        [InlineData("Serv\u03bfce")]
        public void Latin_mixed_with_Cyrillic_or_Greek_is_refused(string name)
        {
            var fault = scenario.Refusal(scenario.Admin, ServiceUserScenario.NonInteractiveRequest().With("LastName", name), ServiceUserErrorCode.LastNameInvalid);

            Assert.Contains("mixes writing systems", fault.Message);
        }

        /// <summary>By position in the corpus's list: a lone surrogate does not survive as a theory argument.</summary>
        public static TheoryData<int> Invisible()
        {
            var data = new TheoryData<int>();
            for (var index = 0; index < BadInputCorpus.InvisibleCharacters.Length; index++)
            {
                data.Add(index);
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Invisible))]
        public void Each_invisible_or_direction_changing_character_is_refused(int index)
        {
            var character = BadInputCorpus.InvisibleCharacters[index];
            var before = scenario.Org.Snapshot();

            var fault = scenario.Refusal(scenario.Admin, ServiceUserScenario.NonInteractiveRequest().With("FirstName", "Sy" + character + "nc"), ServiceUserErrorCode.FirstNameInvalid);

            Assert.Contains(character == "\ud800" ? "broken character" : "invisible or direction-changing character", fault.Message);
            Assert.Equal(before, scenario.Org.Snapshot());
        }
    }
}
