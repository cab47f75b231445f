"""Body paragraphs of the demo articles, by theme, and the themes that fit each portal."""

PARAGRAPHS = {
    "economy": [
        "Theo số liệu của cơ quan thống kê, tổng sản phẩm trên địa bàn thành phố tiếp tục tăng trưởng ở mức hai con "
        "số, thuộc nhóm dẫn đầu cả nước. Công nghiệp chế biến, chế tạo cùng các ngành vận tải, kho bãi là động lực "
        "chính của tăng trưởng. Thu ngân sách nhà nước đạt khá so với dự toán, trong đó thu nội địa có nhiều khởi "
        "sắc. Thành phố xác định tiếp tục cải thiện môi trường kinh doanh, kịp thời tháo gỡ khó khăn cho doanh "
        "nghiệp.",
        "Ngày {date}, tại {place}, Ủy ban nhân dân thành phố tổ chức hội nghị đánh giá tình hình kinh tế – xã hội "
        "và bàn các giải pháp trọng tâm cho thời gian tới. Các đại biểu thống nhất cho rằng việc hợp nhất với tỉnh "
        "Hải Dương đã mở ra không gian phát triển mới, kết nối hài hòa giữa kinh tế biển, công nghiệp và nông "
        "nghiệp. Thành phố yêu cầu các sở, ngành và địa phương bám sát kịch bản tăng trưởng, đẩy nhanh giải ngân "
        "vốn đầu tư công. Những vướng mắc thuộc thẩm quyền phải được xử lý dứt điểm, không để kéo dài.",
        "Chỉ số sản xuất công nghiệp của thành phố tăng cao so với cùng kỳ, tập trung ở các ngành linh kiện điện "
        "tử, thiết bị điện, cơ khí và đóng tàu. Nhiều dự án lớn trong các khu công nghiệp đã hoàn thành đầu tư và "
        "đi vào vận hành, tạo thêm việc làm cho hàng chục nghìn lao động. Các doanh nghiệp cho biết đơn hàng xuất "
        "khẩu khá ổn định đến cuối năm. Ngành công thương đang phối hợp với doanh nghiệp mở rộng thị trường, giảm "
        "phụ thuộc vào một số thị trường truyền thống.",
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng trên địa bàn tiếp tục tăng khá, phản ánh sức mua "
        "của người dân được cải thiện. Hệ thống siêu thị, trung tâm thương mại và chợ truyền thống bảo đảm cung ứng "
        "đầy đủ hàng hóa thiết yếu, giá cả cơ bản ổn định. Lực lượng quản lý thị trường tăng cường kiểm tra, xử lý "
        "các hành vi buôn lậu, gian lận thương mại và hàng giả. Thành phố cũng đẩy mạnh các chương trình kích cầu "
        "tiêu dùng, ưu tiên dùng hàng Việt Nam.",
        "Về giải ngân vốn đầu tư công, thành phố đã thành lập các tổ công tác đặc biệt để kiểm tra, đôn đốc từng dự "
        "án. Những dự án chậm tiến độ được yêu cầu làm rõ nguyên nhân, trách nhiệm của chủ đầu tư và đơn vị thi "
        "công. Kế hoạch vốn được điều chuyển linh hoạt từ dự án giải ngân chậm sang dự án có khả năng giải ngân "
        "tốt. Mục tiêu đề ra là giải ngân toàn bộ kế hoạch vốn được giao trong năm.",
        "Từ đầu năm đến nay, trên địa bàn thành phố có thêm hàng nghìn doanh nghiệp thành lập mới, tổng vốn đăng ký "
        "tăng đáng kể so với cùng kỳ. Thủ tục đăng ký kinh doanh được thực hiện chủ yếu trên môi trường điện tử, "
        "rút ngắn thời gian xử lý hồ sơ. Hiệp hội doanh nghiệp thành phố đánh giá cao sự đồng hành của chính quyền "
        "trong tháo gỡ khó khăn về mặt bằng, tín dụng và thủ tục. Nhiều hộ kinh doanh đã mạnh dạn chuyển đổi lên mô "
        "hình doanh nghiệp để mở rộng quy mô sản xuất.",
    ],
    "port": [
        "Sản lượng hàng hóa thông qua hệ thống cảng biển Hải Phòng tiếp tục tăng trưởng, khẳng định vai trò cửa ngõ "
        "ra biển của vùng Bắc Bộ. Khu bến cảng Lạch Huyện thường xuyên tiếp nhận các tàu mẹ trọng tải lớn chạy "
        "tuyến trực tiếp đi châu Mỹ và châu Âu. Cơ quan quản lý hàng hải đã phối hợp với doanh nghiệp cảng tối ưu "
        "kế hoạch điều động tàu, giảm thời gian chờ đợi. Các yêu cầu về an toàn hàng hải và phòng ngừa ô nhiễm môi "
        "trường đều được bảo đảm.",
        "Ngày {date}, đoàn công tác của thành phố đã khảo sát tiến độ xây dựng các bến cảng mới tại khu vực Lạch "
        "Huyện. Theo chủ đầu tư, các hạng mục đê chắn sóng, nạo vét luồng và bến công-te-nơ đang được thi công đồng "
        "loạt. Lãnh đạo thành phố đề nghị nhà thầu bảo đảm chất lượng, an toàn lao động và hoàn thành đúng cam kết. "
        "Khi đi vào khai thác, các bến cảng mới sẽ nâng đáng kể năng lực tiếp nhận hàng hóa của thành phố.",
        "Cơ quan hải quan đã đẩy mạnh thủ tục hải quan điện tử, cho phép doanh nghiệp khai báo và theo dõi lô hàng "
        "trực tuyến. Thời gian thông quan hàng hóa tại các cảng biển được rút ngắn rõ rệt, góp phần giảm chi phí "
        "cho doanh nghiệp xuất nhập khẩu. Hệ thống máy soi hiện đại được bố trí tại các điểm trọng yếu nhằm kiểm "
        "soát chặt chẽ hàng hóa. Cơ quan hải quan cũng tăng cường đối thoại để giải đáp kịp thời vướng mắc của "
        "doanh nghiệp.",
        "Thành phố đang tập trung phát triển các trung tâm dịch vụ hậu cần, cảng cạn và kho bãi gắn với hệ thống "
        "cảng biển. Việc kết nối đồng bộ giữa đường biển, đường thủy nội địa, đường sắt và đường bộ được xác định "
        "là giải pháp then chốt để giảm chi phí vận chuyển. Nhiều doanh nghiệp trong và ngoài nước đã bày tỏ mong "
        "muốn đầu tư vào lĩnh vực này. Mục tiêu đến năm 2030, Hải Phòng trở thành trung tâm dịch vụ hậu cần hàng "
        "đầu của cả nước.",
        "Vận tải thủy nội địa đóng vai trò ngày càng quan trọng trong việc giảm tải cho các tuyến đường bộ dẫn vào "
        "cảng. Các tuyến sông kết nối cảng Hải Phòng với khu vực phía Tây thành phố và các tỉnh lân cận được khai "
        "thác hiệu quả hơn. Doanh nghiệp vận tải đã đầu tư thêm nhiều sà lan chuyên dụng chở công-te-nơ. Cơ quan "
        "chức năng tăng cường tuần tra, bảo đảm an toàn giao thông đường thủy trên các tuyến sông trọng điểm.",
        "Các doanh nghiệp cảng biển đã chủ động ứng dụng công nghệ số trong điều hành, từ cấp lệnh giao hàng điện "
        "tử đến quản lý bãi bằng phần mềm thông minh. Lái xe đầu kéo có thể đặt lịch nhận, trả hàng qua ứng dụng "
        "trên điện thoại, hạn chế ùn tắc tại cổng cảng. Nhờ đó, năng suất xếp dỡ tăng lên, chi phí vận hành giảm. "
        "Đây là bước đi quan trọng hướng tới mô hình cảng xanh, cảng thông minh.",
    ],
    "investment": [
        "Thành phố tiếp tục là điểm đến hấp dẫn của các nhà đầu tư trong và ngoài nước, với vốn đầu tư trực tiếp "
        "nước ngoài thu hút thuộc nhóm dẫn đầu cả nước. Các dự án mới tập trung vào lĩnh vực công nghệ cao, điện "
        "tử, năng lượng sạch và dịch vụ cảng biển. Ban Quản lý khu kinh tế đã cấp mới và điều chỉnh nhiều giấy "
        "chứng nhận đăng ký đầu tư. Thành phố chú trọng chọn lọc dự án có hàm lượng công nghệ cao, thân thiện với "
        "môi trường.",
        "Ngày {date}, tại {place}, Ủy ban nhân dân thành phố tổ chức hội nghị xúc tiến đầu tư với sự tham dự của "
        "đông đảo doanh nghiệp, tổ chức tài chính và cơ quan đại diện ngoại giao. Tại hội nghị, thành phố giới "
        "thiệu danh mục dự án kêu gọi đầu tư trong các lĩnh vực hạ tầng khu công nghiệp, đô thị, du lịch và dịch "
        "vụ. Nhiều biên bản ghi nhớ hợp tác đã được trao cho nhà đầu tư. Lãnh đạo thành phố cam kết đồng hành, tạo "
        "điều kiện thuận lợi nhất để các dự án sớm triển khai.",
        "Khu kinh tế ven biển phía Nam thành phố đang được đầu tư hạ tầng đồng bộ, hướng tới mô hình khu kinh tế "
        "thế hệ mới. Việc thí điểm khu thương mại tự do gắn với cảng biển được kỳ vọng tạo đột phá trong thu hút "
        "vốn và công nghệ. Các cơ chế ưu đãi về thủ tục, thuế và hải quan sẽ được áp dụng theo quy định. Thành phố "
        "yêu cầu các đơn vị liên quan khẩn trương hoàn thiện quy hoạch và giải phóng mặt bằng.",
        "Công tác giải phóng mặt bằng các dự án trọng điểm được thành phố chỉ đạo quyết liệt. Chính quyền các xã, "
        "phường đã tổ chức nhiều buổi đối thoại, công khai phương án bồi thường, hỗ trợ và tái định cư để người dân "
        "hiểu, đồng thuận. Nhiều hộ gia đình đã tự nguyện bàn giao mặt bằng trước thời hạn. Những trường hợp còn "
        "vướng mắc đang được rà soát, giải quyết đúng quy định, bảo đảm quyền lợi chính đáng của người dân.",
        "Sau cấp phép, các cơ quan chức năng định kỳ nắm bắt tình hình triển khai dự án, hỗ trợ nhà đầu tư hoàn "
        "thiện thủ tục về đất đai, xây dựng, môi trường, phòng cháy và chữa cháy. Thời gian giải quyết nhiều thủ "
        "tục đã được rút ngắn so với quy định. Thành phố cũng kiên quyết thu hồi các dự án chậm triển khai, không "
        "có khả năng thực hiện. Cách làm này giúp giải phóng nguồn lực đất đai cho các nhà đầu tư có năng lực.",
        "Sau hợp nhất, quỹ đất công nghiệp của thành phố được mở rộng đáng kể, đặc biệt tại khu vực phía Tây với "
        "nhiều khu công nghiệp đã hình thành. Hệ thống giao thông kết nối thuận lợi với cảng biển, sân bay và Thủ "
        "đô Hà Nội là lợi thế lớn để thu hút đầu tư. Thành phố đang rà soát, điều chỉnh quy hoạch để bố trí các "
        "khu, cụm công nghiệp hợp lý. Công tác đào tạo nguồn nhân lực chất lượng cao cũng được chú trọng nhằm đáp "
        "ứng yêu cầu của nhà đầu tư.",
    ],
    "tourism": [
        "Ngành du lịch thành phố đón lượng khách tăng mạnh so với cùng kỳ, trong đó khách quốc tế có mức tăng ấn "
        "tượng. Các khu du lịch Cát Bà, Đồ Sơn và quần thể di tích Côn Sơn – Kiếp Bạc là những điểm đến thu hút "
        "đông du khách nhất. Tổng thu từ khách du lịch tăng khá, góp phần quan trọng vào tăng trưởng khu vực dịch "
        "vụ. Các cơ sở lưu trú được nâng cấp, chất lượng phục vụ ngày càng chuyên nghiệp.",
        "Ngày {date}, tại {place}, ngành du lịch thành phố tổ chức chương trình giới thiệu sản phẩm du lịch mới cho "
        "các doanh nghiệp lữ hành. Chương trình tập trung vào các tuyến kết hợp biển đảo, văn hóa tâm linh và trải "
        "nghiệm nông thôn. Nhiều doanh nghiệp đánh giá cao tiềm năng liên kết giữa vùng biển phía Đông và vùng di "
        "sản phía Tây thành phố. Các bên thống nhất xây dựng gói sản phẩm trọn gói, giá cả hợp lý để kéo dài thời "
        "gian lưu trú của du khách.",
        "Để bảo đảm môi trường du lịch an toàn, văn minh, lực lượng chức năng tăng cường kiểm tra việc niêm yết "
        "giá, vệ sinh an toàn thực phẩm và an ninh trật tự tại các khu, điểm du lịch. Đường dây nóng hỗ trợ du "
        "khách được duy trì hoạt động suốt ngày đêm. Mọi phản ánh của du khách đều được tiếp nhận và xử lý kịp "
        "thời. Nhờ đó, hình ảnh du lịch thành phố ngày càng thân thiện trong mắt du khách.",
        "Ẩm thực là một trong những điểm nhấn hấp dẫn của du lịch Hải Phòng. Du khách có thể thưởng thức bánh đa "
        "cua, nem cua bể, bánh mì que cùng nhiều món hải sản tươi ngon, hay bánh gai Ninh Giang, bánh đậu xanh và "
        "vải thiều Thanh Hà của vùng đất xứ Đông. Nhiều phố ẩm thực đã hình thành, phục vụ du khách đến khuya. "
        "Ngành du lịch đang xây dựng bản đồ ẩm thực số để giới thiệu rộng rãi các món ăn đặc trưng.",
        "Công tác quảng bá du lịch được đổi mới mạnh mẽ theo hướng ứng dụng công nghệ số. Cổng thông tin du lịch "
        "thành phố, các trang mạng xã hội chính thức và ứng dụng hướng dẫn tham quan cung cấp đầy đủ thông tin về "
        "điểm đến, lịch trình, cơ sở lưu trú. Thành phố cũng phối hợp với các hãng hàng không mở thêm đường bay đến "
        "Cảng hàng không quốc tế Cát Bi. Những nỗ lực này góp phần đưa hình ảnh Hải Phòng đến gần hơn với du khách "
        "trong nước và quốc tế.",
        "Du lịch cộng đồng đang mở ra hướng sinh kế mới cho người dân nhiều địa phương. Tại các làng chài, làng "
        "nghề và vùng trồng cây ăn quả, người dân được tập huấn kỹ năng đón tiếp, giới thiệu văn hóa địa phương và "
        "phục vụ lưu trú tại nhà. Du khách có thể cùng người dân đánh bắt hải sản, làm gốm, thu hoạch nông sản. Mô "
        "hình này vừa tăng thu nhập, vừa góp phần gìn giữ bản sắc văn hóa truyền thống.",
    ],
    "culture": [
        "Ngày {date}, tại {place}, chương trình nghệ thuật đặc biệt đã diễn ra với sự tham gia của nhiều nghệ sĩ, "
        "diễn viên chuyên nghiệp và các câu lạc bộ văn nghệ quần chúng. Các tiết mục ca ngợi truyền thống anh hùng "
        "của thành phố Cảng, tình yêu quê hương, đất nước đã để lại nhiều cảm xúc cho khán giả. Chương trình được "
        "truyền hình trực tiếp, thu hút đông đảo người dân theo dõi. Đây là hoạt động thiết thực chào mừng các ngày "
        "lễ lớn của đất nước và thành phố.",
        "Thành phố hiện có hàng nghìn di tích lịch sử – văn hóa, trong đó có các di tích quốc gia đặc biệt như Côn "
        "Sơn – Kiếp Bạc và Bạch Đằng Giang. Công tác tu bổ, tôn tạo di tích được thực hiện đúng quy định, giữ gìn "
        "tối đa yếu tố gốc. Nguồn lực xã hội hóa được huy động hiệu quả cho việc bảo tồn di sản. Nhiều di tích đã "
        "trở thành điểm đến hấp dẫn, gắn với phát triển du lịch.",
        "Phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa tiếp tục được triển khai sâu rộng ở các khu dân cư. "
        "Tỷ lệ gia đình văn hóa, thôn và tổ dân phố văn hóa năm sau cao hơn năm trước. Hệ thống thiết chế văn hóa "
        "cơ sở được củng cố, nhiều nhà văn hóa được xây mới, sửa chữa khang trang. Các hoạt động văn nghệ, thể thao "
        "quần chúng diễn ra sôi nổi, góp phần nâng cao đời sống tinh thần của nhân dân.",
        "Các loại hình di sản văn hóa phi vật thể như hát đúm, ca trù, múa rối nước, chèo và các lễ hội truyền "
        "thống đang được quan tâm bảo tồn. Thành phố hỗ trợ các nghệ nhân mở lớp truyền dạy cho thế hệ trẻ, tổ chức "
        "liên hoan, hội diễn định kỳ. Nhiều câu lạc bộ di sản đã được thành lập tại trường học và khu dân cư. Nhờ "
        "vậy, các giá trị văn hóa truyền thống được gìn giữ và lan tỏa trong đời sống hôm nay.",
        "Phong trào thể dục thể thao quần chúng phát triển mạnh với nhiều giải đấu ở cơ sở, thu hút đông đảo người "
        "dân tham gia. Thể thao thành tích cao tiếp tục gặt hái thành công, các vận động viên thành phố giành nhiều "
        "huy chương tại các giải quốc gia và quốc tế. Hệ thống sân tập, nhà thi đấu được đầu tư nâng cấp. Thành phố "
        "chú trọng phát hiện, bồi dưỡng tài năng thể thao trẻ ngay từ trường học.",
        "Hệ thống bảo tàng, thư viện của thành phố đang đổi mới phương thức phục vụ, ứng dụng công nghệ số để tiếp "
        "cận công chúng. Nhiều hiện vật, tài liệu quý được số hóa và giới thiệu trên môi trường mạng. Các chuyên đề "
        "trưng bày về lịch sử, văn hóa địa phương được tổ chức thường xuyên. Đặc biệt, chương trình giáo dục di sản "
        "dành cho học sinh nhận được sự hưởng ứng tích cực từ các nhà trường.",
    ],
    "education": [
        "Năm học mới, quy mô học sinh toàn thành phố tăng mạnh sau khi hợp nhất, đặt ra yêu cầu lớn về trường lớp "
        "và đội ngũ. Ngành giáo dục đã chuẩn bị chu đáo về cơ sở vật chất, giáo viên và sách giáo khoa. Chương "
        "trình giáo dục phổ thông mới được triển khai đồng bộ ở tất cả các khối lớp. Thành phố đặt mục tiêu nâng "
        "cao chất lượng giáo dục toàn diện, thu hẹp khoảng cách giữa các vùng.",
        "Ngày {date}, tại {place}, Sở Giáo dục và Đào tạo tổ chức lễ tuyên dương học sinh đạt giải trong các kỳ thi "
        "học sinh giỏi quốc gia và quốc tế. Năm nay, đội tuyển của thành phố giành nhiều giải cao, tiếp tục nằm "
        "trong nhóm dẫn đầu cả nước. Các em học sinh được trao bằng khen và phần thưởng của thành phố. Đây là nguồn "
        "động viên lớn đối với học sinh, giáo viên và các nhà trường.",
        "Thành phố dành nguồn vốn lớn cho việc xây dựng, cải tạo trường lớp, đặc biệt ở khu vực ngoại thành và hải "
        "đảo. Nhiều trường học mới được đưa vào sử dụng với phòng học bộ môn, thư viện, nhà đa năng hiện đại. Tỷ lệ "
        "trường đạt chuẩn quốc gia không ngừng tăng lên. Chính sách miễn học phí cho học sinh phổ thông công lập "
        "tiếp tục được thực hiện, giảm gánh nặng cho các gia đình.",
        "Giáo dục nghề nghiệp được đổi mới gắn với nhu cầu thực tế của doanh nghiệp, nhất là trong các khu công "
        "nghiệp và khu kinh tế. Nhiều trường cao đẳng đã ký kết hợp tác đào tạo theo đơn đặt hàng, bảo đảm việc làm "
        "cho học viên sau tốt nghiệp. Các ngành điện tử, cơ khí, hàng hải và dịch vụ hậu cần được ưu tiên mở rộng "
        "quy mô. Tỷ lệ lao động qua đào tạo của thành phố tiếp tục tăng.",
        "Chuyển đổi số trong giáo dục được đẩy mạnh với việc triển khai học bạ số, sổ liên lạc điện tử và kho học "
        "liệu trực tuyến. Giáo viên được tập huấn kỹ năng ứng dụng công nghệ trong giảng dạy, kiểm tra, đánh giá. "
        "Phụ huynh có thể theo dõi kết quả học tập của con em thông qua ứng dụng trên điện thoại. Công tác tuyển "
        "sinh đầu cấp được thực hiện trực tuyến, thuận lợi và minh bạch.",
        "Ngành giáo dục chú trọng nâng cao năng lực ngoại ngữ cho học sinh, từng bước đưa tiếng Anh trở thành ngôn "
        "ngữ thứ hai trong trường học. Nhiều trường đã tổ chức câu lạc bộ ngoại ngữ và hoạt động giao lưu với học "
        "sinh quốc tế. Đội ngũ giáo viên được bồi dưỡng chuyên môn thường xuyên, đáp ứng yêu cầu đổi mới. Thành phố "
        "cũng có chính sách thu hút giáo viên giỏi về công tác tại các vùng khó khăn.",
    ],
    "health": [
        "Ngành y tế thành phố tiếp tục nâng cao chất lượng khám, chữa bệnh, từng bước đáp ứng nhu cầu ngày càng cao "
        "của người dân. Nhiều kỹ thuật chuyên sâu như can thiệp tim mạch, phẫu thuật nội soi, ghép tạng đã được "
        "thực hiện thường quy tại các bệnh viện tuyến thành phố. Nhờ đó, người bệnh không phải chuyển lên tuyến "
        "trung ương, giảm chi phí và thời gian điều trị. Mức độ hài lòng của người bệnh được khảo sát định kỳ và có "
        "xu hướng tăng.",
        "Ngày {date}, tại {place}, các đơn vị y tế phối hợp tổ chức khám sàng lọc, tư vấn sức khỏe miễn phí cho "
        "người dân. Hàng trăm người cao tuổi, người có hoàn cảnh khó khăn được đo huyết áp, xét nghiệm đường huyết "
        "và nhận thuốc điều trị. Các bác sĩ cũng hướng dẫn người dân cách phòng bệnh, chế độ dinh dưỡng và luyện "
        "tập hợp lý. Chương trình nhận được sự hưởng ứng nhiệt tình của người dân địa phương.",
        "Trước diễn biến của thời tiết giao mùa, ngành y tế chỉ đạo các đơn vị tăng cường giám sát, phát hiện sớm "
        "và xử lý kịp thời các ổ dịch sốt xuất huyết, tay chân miệng và cúm mùa. Các đợt phun hóa chất diệt muỗi, "
        "vệ sinh môi trường được tổ chức tại những khu vực có nguy cơ. Người dân được khuyến cáo chủ động diệt bọ "
        "gậy, giữ vệ sinh cá nhân và đưa trẻ đi tiêm chủng đầy đủ. Đến nay, tình hình dịch bệnh trên địa bàn cơ bản "
        "được kiểm soát.",
        "Việc ứng dụng công nghệ thông tin trong lĩnh vực y tế được đẩy mạnh với bệnh án điện tử, đặt lịch khám "
        "trực tuyến và thanh toán viện phí không dùng tiền mặt. Người dân có thể sử dụng thẻ căn cước hoặc ứng dụng "
        "định danh điện tử để khám, chữa bệnh bảo hiểm y tế. Dữ liệu sức khỏe được liên thông giữa các cơ sở, giúp "
        "bác sĩ theo dõi quá trình điều trị thuận tiện hơn. Thời gian chờ đợi của người bệnh nhờ vậy giảm đáng kể.",
        "Mạng lưới y tế cơ sở được củng cố sau khi sắp xếp đơn vị hành chính, bảo đảm mỗi xã, phường, đặc khu đều "
        "có trạm y tế hoạt động ổn định. Các trạm y tế được bổ sung trang thiết bị, thuốc thiết yếu và nhân lực, "
        "nhất là bác sĩ. Việc quản lý các bệnh không lây nhiễm như tăng huyết áp, đái tháo đường được thực hiện "
        "ngay tại cơ sở. Người dân được chăm sóc sức khỏe ban đầu gần nhà, thuận tiện và tiết kiệm.",
        "Công tác bảo đảm an toàn thực phẩm được các cấp, các ngành triển khai đồng bộ. Các đoàn kiểm tra liên "
        "ngành đã kiểm tra hàng nghìn cơ sở sản xuất, kinh doanh và dịch vụ ăn uống, kịp thời xử lý các vi phạm. "
        "Nhiều chuỗi cung ứng thực phẩm an toàn được hình thành, giúp người tiêu dùng dễ dàng truy xuất nguồn gốc. "
        "Thời gian qua, trên địa bàn không xảy ra vụ ngộ độc thực phẩm đông người.",
    ],
    "construction": [
        "Công tác quy hoạch được thành phố xác định là nhiệm vụ phải đi trước một bước. Quy hoạch chung thành phố "
        "đang được điều chỉnh cho phù hợp với không gian phát triển mới sau hợp nhất, bảo đảm liên kết hài hòa giữa "
        "đô thị trung tâm, vùng ven biển và vùng phía Tây. Các đồ án quy hoạch phân khu được lấy ý kiến rộng rãi "
        "của cộng đồng dân cư. Sau khi được phê duyệt, quy hoạch sẽ được công bố công khai để người dân và doanh "
        "nghiệp biết, thực hiện.",
        "Ngày {date}, đoàn kiểm tra liên ngành đã làm việc tại một số công trình trọng điểm trên địa bàn {place}. "
        "Qua kiểm tra, các hạng mục cơ bản đáp ứng yêu cầu về chất lượng, an toàn lao động và vệ sinh môi trường. "
        "Đoàn đề nghị chủ đầu tư bổ sung nhân lực, thiết bị, tổ chức thi công nhiều ca để bảo đảm tiến độ. Những "
        "tồn tại được chỉ ra phải được khắc phục trong thời gian sớm nhất.",
        "Thành phố đang triển khai nhiều dự án nhà ở xã hội, góp phần thực hiện Đề án đầu tư xây dựng ít nhất một "
        "triệu căn hộ nhà ở xã hội cho người thu nhập thấp và công nhân khu công nghiệp. Việc xét duyệt hồ sơ mua, "
        "thuê mua nhà được thực hiện công khai, minh bạch. Nhiều dự án đã bàn giao nhà cho người dân với giá bán "
        "hợp lý. Chủ đầu tư được hỗ trợ tối đa về thủ tục đất đai và tín dụng ưu đãi.",
        "Hệ thống hạ tầng giao thông của thành phố đang được đầu tư đồng bộ, hiện đại. Nhiều tuyến đường trục, cầu "
        "vượt sông và nút giao lớn được khởi công, hoàn thành, tăng cường kết nối giữa khu vực trung tâm với vùng "
        "phía Tây và vùng ven biển. Tuyến đường bộ ven biển khi hoàn thành sẽ mở ra quỹ đất lớn cho phát triển công "
        "nghiệp, đô thị và du lịch. Thành phố cũng đang nghiên cứu phát triển hệ thống giao thông công cộng khối "
        "lượng lớn.",
        "Việc cải tạo, xây dựng lại các khu chung cư cũ là một trong những nhiệm vụ trọng tâm của công tác chỉnh "
        "trang đô thị. Nhiều khu tập thể xây dựng từ những năm sáu mươi, bảy mươi của thế kỷ trước đã xuống cấp "
        "nghiêm trọng, tiềm ẩn nguy cơ mất an toàn. Thành phố đã ban hành cơ chế hỗ trợ, bảo đảm quyền lợi của "
        "người dân khi di dời, tái định cư. Sau cải tạo, các khu nhà mới khang trang, có đầy đủ hạ tầng xã hội và "
        "cây xanh.",
        "Công tác quản lý trật tự xây dựng được tăng cường theo hướng phân cấp mạnh cho chính quyền cấp xã. Các "
        "trường hợp xây dựng không phép, sai phép được phát hiện và xử lý ngay từ khi mới phát sinh. Người dân được "
        "hướng dẫn đầy đủ thủ tục cấp giấy phép xây dựng qua dịch vụ công trực tuyến. Việc công khai thông tin quy "
        "hoạch giúp người dân chủ động trong xây dựng nhà ở, hạn chế vi phạm.",
    ],
    "science": [
        "Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị, thành phố đã ban hành chương trình hành động với nhiều "
        "mục tiêu cụ thể về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số. Nguồn kinh phí dành "
        "cho khoa học và công nghệ được tăng lên đáng kể. Thành phố ưu tiên các nhiệm vụ nghiên cứu giải quyết "
        "những vấn đề thực tiễn của địa phương. Cơ chế đặt hàng nghiên cứu giúp kết quả được ứng dụng nhanh vào sản "
        "xuất và đời sống.",
        "Ngày {date}, tại {place}, hội đồng khoa học đã đánh giá, nghiệm thu một số nhiệm vụ khoa học và công nghệ "
        "cấp thành phố. Nhiều đề tài được đánh giá cao về tính mới và khả năng ứng dụng, đặc biệt trong các lĩnh "
        "vực nông nghiệp công nghệ cao, y dược và quản lý đô thị. Hội đồng đề nghị các chủ nhiệm đề tài tiếp tục "
        "hoàn thiện sản phẩm để chuyển giao cho đơn vị sử dụng. Kết quả nghiên cứu sẽ được công bố rộng rãi trên cơ "
        "sở dữ liệu khoa học của thành phố.",
        "Hệ sinh thái khởi nghiệp đổi mới sáng tạo của thành phố đang từng bước hình thành và phát triển. Các vườn "
        "ươm, không gian sáng tạo tại trường đại học đã hỗ trợ nhiều nhóm khởi nghiệp hoàn thiện ý tưởng, tiếp cận "
        "nhà đầu tư. Những dự án tiêu biểu tập trung vào giải pháp số cho cảng biển, du lịch, nông nghiệp và y tế. "
        "Thành phố đặt mục tiêu có thêm nhiều doanh nghiệp khởi nghiệp sáng tạo vươn tầm trong những năm tới.",
        "Chính quyền số của thành phố được xây dựng trên nền tảng dữ liệu dùng chung, kết nối với Cơ sở dữ liệu "
        "quốc gia về dân cư. Hệ thống quản lý văn bản và chữ ký số được sử dụng thống nhất từ cấp thành phố đến cấp "
        "xã. Trung tâm giám sát, điều hành đô thị thông minh hỗ trợ lãnh đạo thành phố theo dõi, chỉ đạo các lĩnh "
        "vực theo thời gian thực. Chỉ số chuyển đổi số của thành phố tiếp tục nằm trong nhóm dẫn đầu cả nước.",
        "Hoạt động tiêu chuẩn, đo lường, chất lượng được đẩy mạnh nhằm bảo vệ quyền lợi người tiêu dùng và nâng cao "
        "năng lực cạnh tranh của doanh nghiệp. Nhiều doanh nghiệp được hỗ trợ áp dụng hệ thống quản lý tiên tiến và "
        "công cụ cải tiến năng suất. Việc xác lập, quản lý và phát triển tài sản trí tuệ cho đặc sản địa phương "
        "được quan tâm. Các nhãn hiệu tập thể, chỉ dẫn địa lý đã giúp nâng cao giá trị nông sản trên thị trường.",
        "Bảo đảm an toàn thông tin mạng được xác định là nhiệm vụ xuyên suốt trong quá trình chuyển đổi số. Các hệ "
        "thống thông tin của cơ quan nhà nước được phân loại theo cấp độ và áp dụng phương án bảo vệ tương ứng. "
        "Trung tâm giám sát an toàn thông tin hoạt động liên tục, kịp thời phát hiện và ngăn chặn các cuộc tấn "
        "công. Cán bộ, công chức được tập huấn thường xuyên để nâng cao nhận thức về an toàn thông tin.",
    ],
    "administration": [
        "Sau khi vận hành mô hình chính quyền địa phương hai cấp, bộ máy các xã, phường, đặc khu trên địa bàn thành "
        "phố cơ bản ổn định, hoạt động thông suốt. Các thủ tục hành chính được giải quyết kịp thời, không để gián "
        "đoạn, ảnh hưởng đến người dân và doanh nghiệp. Cán bộ, công chức cấp xã được bố trí phù hợp với năng lực, "
        "sở trường. Thành phố tiếp tục rà soát, bổ sung nhân lực cho những nơi còn thiếu, nhất là các lĩnh vực đất "
        "đai, xây dựng và tài chính.",
        "Ngày {date}, Trung tâm Phục vụ hành chính công tại {place} đã tiếp nhận và giải quyết hàng trăm hồ sơ của "
        "người dân, doanh nghiệp. Phần lớn hồ sơ được giải quyết trước và đúng hạn, không có phản ánh tiêu cực. Cán "
        "bộ tiếp nhận hướng dẫn tận tình, giúp người dân thực hiện thủ tục trên môi trường điện tử. Nhiều người dân "
        "bày tỏ sự hài lòng về thái độ phục vụ và tốc độ xử lý hồ sơ.",
        "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình tiếp tục tăng. Thành phố "
        "đã rà soát, cắt giảm, đơn giản hóa nhiều thủ tục hành chính, rút ngắn thời gian giải quyết. Việc tiếp nhận "
        "hồ sơ không phụ thuộc địa giới hành chính được triển khai, người dân có thể nộp hồ sơ tại bất kỳ điểm phục "
        "vụ nào. Đây là bước tiến quan trọng trong cải cách hành chính, hướng tới một nền hành chính phục vụ.",
        "Thành phố tăng cường kỷ luật, kỷ cương hành chính, chấn chỉnh tình trạng né tránh, đùn đẩy trách nhiệm "
        "trong thực thi công vụ. Các đoàn kiểm tra công vụ được tổ chức thường xuyên và đột xuất tại các cơ quan, "
        "đơn vị. Người đứng đầu phải chịu trách nhiệm nếu để xảy ra chậm trễ, sai sót trong giải quyết công việc "
        "của người dân, doanh nghiệp. Đồng thời, thành phố có cơ chế khuyến khích, bảo vệ cán bộ dám nghĩ, dám làm "
        "vì lợi ích chung.",
        "Công tác tiếp công dân, giải quyết khiếu nại, tố cáo được các cấp chính quyền quan tâm thực hiện. Lãnh đạo "
        "các cơ quan, địa phương duy trì tiếp công dân định kỳ và đột xuất theo quy định. Nhiều vụ việc phức tạp, "
        "kéo dài đã được giải quyết dứt điểm thông qua đối thoại. Các phản ánh, kiến nghị của người dân gửi qua hệ "
        "thống thông tin của thành phố đều được tiếp nhận và trả lời công khai.",
        "Các chỉ số đánh giá cải cách hành chính, hiệu quả quản trị và hành chính công, năng lực cạnh tranh cấp "
        "tỉnh của thành phố tiếp tục được cải thiện. Đây là kết quả của sự vào cuộc quyết liệt của cả hệ thống "
        "chính trị. Thành phố yêu cầu các cơ quan, đơn vị phân tích kỹ từng chỉ số thành phần để có giải pháp khắc "
        "phục những mặt còn hạn chế. Sự hài lòng của người dân và doanh nghiệp được coi là thước đo hiệu quả hoạt "
        "động của bộ máy.",
    ],
    "environment": [
        "Thành phố tập trung giải quyết các vấn đề môi trường bức xúc, nhất là xử lý rác thải sinh hoạt, nước thải "
        "đô thị và ô nhiễm tại các làng nghề. Nhiều nhà máy xử lý chất thải rắn công nghệ hiện đại, kết hợp phát "
        "điện đang được đầu tư xây dựng. Việc phân loại rác tại nguồn được triển khai ở nhiều khu dân cư. Thành phố "
        "phấn đấu đến năm 2030 thu gom, xử lý toàn bộ chất thải rắn sinh hoạt theo quy chuẩn.",
        "Ngày {date}, tại {place}, hàng nghìn đoàn viên thanh niên, hội viên các đoàn thể và người dân đã tham gia "
        "ra quân vệ sinh môi trường. Các lực lượng thu gom rác thải, khơi thông cống rãnh, trồng cây xanh tại khu "
        "dân cư, tuyến đường và bờ sông. Hoạt động góp phần nâng cao ý thức bảo vệ môi trường trong cộng đồng. "
        "Chính quyền địa phương cam kết duy trì hoạt động này thường xuyên hằng tháng.",
        "Là địa phương ven biển chịu ảnh hưởng lớn của biến đổi khí hậu, thành phố chú trọng đầu tư củng cố hệ "
        "thống đê biển, đê sông và trồng rừng ngập mặn. Các phương án ứng phó với bão mạnh, triều cường và nước "
        "biển dâng được xây dựng chi tiết đến từng xã, phường. Lực lượng, phương tiện, vật tư được chuẩn bị sẵn "
        "sàng theo phương châm bốn tại chỗ. Người dân vùng trọng điểm được hướng dẫn kỹ năng phòng tránh thiên tai.",
        "Thành phố triển khai chương trình phát triển cây xanh đô thị, mở rộng công viên và không gian công cộng. "
        "Nhiều tuyến phố được trồng mới cây bóng mát, cây hoa, trong đó có hoa phượng đỏ – biểu tượng của thành "
        "phố. Hệ thống quan trắc chất lượng không khí tự động được lắp đặt tại các khu vực đông dân cư, thông tin "
        "được công bố thường xuyên cho người dân. Thành phố hướng tới mục tiêu tăng trưởng xanh, giảm phát thải khí "
        "nhà kính.",
        "Bảo vệ môi trường biển được thành phố đặc biệt quan tâm, nhất là tại các vùng biển có giá trị đa dạng sinh "
        "học cao. Phong trào chống rác thải nhựa được phát động rộng rãi trong các cơ quan, trường học và khu du "
        "lịch. Các cơ sở lưu trú, nhà hàng được khuyến khích hạn chế sử dụng đồ nhựa dùng một lần. Hoạt động nuôi "
        "trồng thủy sản trên biển được sắp xếp lại theo quy hoạch, chuyển sang sử dụng vật liệu thân thiện với môi "
        "trường.",
        "Các cơ quan chức năng tăng cường thanh tra, kiểm tra việc chấp hành pháp luật về bảo vệ môi trường tại các "
        "khu công nghiệp và cơ sở sản xuất. Những doanh nghiệp vi phạm quy định về xả thải đều bị xử lý nghiêm, "
        "buộc khắc phục hậu quả. Hệ thống quan trắc nước thải, khí thải tự động được kết nối, truyền dữ liệu trực "
        "tiếp về cơ quan quản lý. Nhờ đó, việc giám sát được thực hiện liên tục, kịp thời phát hiện sự cố.",
    ],
    "social": [
        "Công tác bảo đảm an sinh xã hội được thành phố đặt lên hàng đầu. Các chế độ, chính sách đối với người có "
        "công, đối tượng bảo trợ xã hội được chi trả đầy đủ, kịp thời qua tài khoản ngân hàng. Thành phố còn ban "
        "hành nhiều chính sách đặc thù với mức hỗ trợ cao hơn quy định chung. Tỷ lệ hộ nghèo giảm mạnh, đời sống "
        "của người dân được cải thiện rõ rệt.",
        "Ngày {date}, tại {place}, đoàn công tác của thành phố đã đến thăm, tặng quà các gia đình chính sách, "
        "thương binh, bệnh binh và thân nhân liệt sĩ. Trưởng đoàn gửi lời thăm hỏi ân cần, bày tỏ lòng biết ơn "
        "trước những hy sinh, đóng góp to lớn của các gia đình cho sự nghiệp giải phóng dân tộc và bảo vệ Tổ quốc. "
        "Đoàn đề nghị chính quyền địa phương tiếp tục chăm lo chu đáo đời sống vật chất và tinh thần của người có "
        "công. Các gia đình xúc động cảm ơn sự quan tâm của Đảng và chính quyền thành phố.",
        "Thị trường lao động của thành phố sôi động với nhu cầu tuyển dụng lớn từ các khu công nghiệp. Các phiên "
        "giao dịch việc làm được tổ chức định kỳ, kết nối hàng nghìn người lao động với doanh nghiệp. Người lao "
        "động được tư vấn nghề nghiệp, hỗ trợ học nghề và vay vốn giải quyết việc làm. Tỷ lệ thất nghiệp ở khu vực "
        "thành thị duy trì ở mức thấp.",
        "Chương trình xóa nhà tạm, nhà dột nát được triển khai với sự vào cuộc của cả hệ thống chính trị và sự "
        "chung tay của doanh nghiệp, nhà hảo tâm. Nhiều hộ nghèo, hộ cận nghèo và gia đình chính sách đã có ngôi "
        "nhà mới kiên cố, an toàn. Ủy ban Mặt trận Tổ quốc các cấp phát huy vai trò vận động nguồn lực, giám sát "
        "việc hỗ trợ bảo đảm đúng đối tượng. Những ngôi nhà mới là động lực để các gia đình yên tâm lao động, sản "
        "xuất, vươn lên thoát nghèo.",
        "Công tác bảo vệ, chăm sóc trẻ em được chú trọng với nhiều hoạt động thiết thực. Các điểm vui chơi, sân "
        "chơi cộng đồng dành cho trẻ em được đầu tư tại khu dân cư. Các ngành chức năng tăng cường tuyên truyền "
        "phòng, chống tai nạn thương tích, đuối nước và xâm hại trẻ em. Trẻ em có hoàn cảnh đặc biệt được hỗ trợ "
        "học bổng, khám chữa bệnh và nhận quà nhân các dịp lễ, Tết.",
        "Tỷ lệ người dân tham gia bảo hiểm y tế của thành phố đạt trên chín mươi lăm phần trăm dân số. Số người "
        "tham gia bảo hiểm xã hội tự nguyện tăng nhanh nhờ chính sách hỗ trợ mức đóng của thành phố. Cơ quan bảo "
        "hiểm xã hội phối hợp với chính quyền cơ sở tuyên truyền đến từng hộ gia đình về quyền lợi khi tham gia. "
        "Đây là nền tảng quan trọng để xây dựng hệ thống an sinh xã hội bền vững.",
    ],
    "agriculture": [
        "Sản xuất nông nghiệp của thành phố tiếp tục chuyển dịch theo hướng hàng hóa, ứng dụng công nghệ cao và "
        "thân thiện với môi trường. Diện tích lúa chất lượng cao, rau an toàn và cây ăn quả đặc sản được mở rộng. "
        "Nhiều hợp tác xã đã liên kết với doanh nghiệp để bao tiêu sản phẩm, ổn định đầu ra cho nông dân. Giá trị "
        "sản xuất trên một héc-ta đất canh tác tăng đáng kể so với những năm trước.",
        "Ngày {date}, ngành nông nghiệp phối hợp với chính quyền địa phương tổ chức hội nghị đầu bờ đánh giá mô "
        "hình trình diễn giống lúa mới. Kết quả cho thấy giống lúa có khả năng chống chịu sâu bệnh tốt, năng suất "
        "cao, chất lượng gạo thơm ngon. Nông dân tham dự hội nghị đánh giá cao hiệu quả của mô hình và mong muốn "
        "được mở rộng trong vụ tới. Cơ quan chuyên môn sẽ tiếp tục hướng dẫn kỹ thuật và hỗ trợ giống cho các hộ "
        "tham gia.",
        "Vụ vải thiều năm nay được mùa, được giá, mang lại nguồn thu lớn cho nông dân vùng Thanh Hà và các địa "
        "phương lân cận. Vải thiều đã được xuất khẩu sang nhiều thị trường khó tính nhờ tuân thủ quy trình sản xuất "
        "an toàn. Ngành nông nghiệp cấp mã số vùng trồng, hướng dẫn nông dân ghi chép nhật ký sản xuất và truy xuất "
        "nguồn gốc. Các hoạt động xúc tiến thương mại được đẩy mạnh cả trực tiếp lẫn trên sàn thương mại điện tử.",
        "Ngành thủy sản của thành phố phát triển ổn định với sản lượng khai thác và nuôi trồng tăng so với cùng kỳ. "
        "Đội tàu khai thác xa bờ được hiện đại hóa, lắp đặt đầy đủ thiết bị giám sát hành trình theo quy định. "
        "Thành phố quyết liệt triển khai các giải pháp chống khai thác hải sản bất hợp pháp, không báo cáo và không "
        "theo quy định. Nuôi trồng thủy sản ứng dụng công nghệ cao được khuyến khích phát triển ở vùng ven biển.",
        "Chương trình xây dựng nông thôn mới tiếp tục được triển khai theo hướng nâng cao chất lượng, hiệu quả và "
        "bền vững. Sau sắp xếp đơn vị hành chính, các xã được hướng dẫn rà soát, củng cố các tiêu chí đã đạt. Hạ "
        "tầng giao thông, thủy lợi, trường học, trạm y tế ở nông thôn được đầu tư đồng bộ. Bộ mặt nông thôn ngày "
        "càng khang trang, thu nhập và đời sống của người dân không ngừng nâng lên.",
        "Để bảo vệ đàn vật nuôi, cơ quan thú y tăng cường giám sát, tổ chức tiêm phòng vắc-xin cho gia súc, gia cầm "
        "theo kế hoạch. Người chăn nuôi được khuyến cáo áp dụng các biện pháp an toàn sinh học, không giấu dịch, "
        "không bán chạy gia súc, gia cầm bị bệnh. Các chốt kiểm dịch động vật được duy trì hoạt động trên những "
        "tuyến giao thông quan trọng. Đến nay, tình hình dịch bệnh trên đàn vật nuôi cơ bản được kiểm soát tốt.",
        "Chương trình Mỗi xã một sản phẩm tiếp tục phát huy hiệu quả, nhiều sản phẩm đặc trưng được đánh giá, công "
        "nhận đạt ba sao, bốn sao. Các chủ thể sản xuất được hỗ trợ cải tiến bao bì, nhãn mác và xây dựng thương "
        "hiệu. Sản phẩm được giới thiệu tại các hội chợ, điểm bán hàng và sàn thương mại điện tử. Chương trình góp "
        "phần nâng cao thu nhập cho người dân nông thôn.",
    ],
    "security": [
        "Tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn thành phố cơ bản ổn định. Lực lượng công "
        "an đã tập trung tấn công, trấn áp các loại tội phạm, nhất là tội phạm ma túy, tội phạm sử dụng công nghệ "
        "cao và hoạt động tín dụng đen. Nhiều chuyên án lớn được khám phá, góp phần giữ vững bình yên cho nhân dân. "
        "Phong trào toàn dân bảo vệ an ninh Tổ quốc tiếp tục được phát động sâu rộng.",
        "Ngày {date}, tại {place}, Công an thành phố phối hợp với chính quyền địa phương tuyên truyền, hướng dẫn kỹ "
        "năng phòng cháy, chữa cháy và cứu nạn, cứu hộ cho người dân. Người dân được thực hành sử dụng bình chữa "
        "cháy và cách thoát nạn khi có sự cố. Cơ quan chức năng khuyến cáo các hộ gia đình vừa ở vừa kinh doanh cần "
        "bố trí lối thoát nạn thứ hai. Hoạt động thu hút đông đảo người dân tham gia.",
        "Lực lượng cảnh sát giao thông tăng cường tuần tra, kiểm soát, xử lý nghiêm các hành vi vi phạm nồng độ "
        "cồn, chạy quá tốc độ, chở hàng quá tải trọng. Nhờ đó, tình hình trật tự an toàn giao thông trên địa bàn "
        "chuyển biến tích cực, tai nạn giao thông giảm trên cả ba tiêu chí. Hệ thống camera giám sát được kết nối, "
        "giúp phát hiện và xử phạt vi phạm qua hình ảnh. Người dân được khuyến cáo chấp hành nghiêm quy định khi "
        "tham gia giao thông.",
        "Trước tình trạng lừa đảo chiếm đoạt tài sản qua mạng diễn biến phức tạp, cơ quan công an khuyến cáo người "
        "dân cảnh giác với các cuộc gọi mạo danh cơ quan nhà nước, ngân hàng. Tuyệt đối không cung cấp mã xác thực, "
        "thông tin tài khoản hay chuyển tiền theo yêu cầu của người lạ. Khi phát hiện dấu hiệu nghi vấn, người dân "
        "cần báo ngay cho cơ quan công an gần nhất. Các đợt tuyên truyền được tổ chức thường xuyên tại tổ dân phố, "
        "thôn xóm và trường học.",
        "Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở được kiện toàn, phát huy vai trò nòng cốt trong nắm "
        "tình hình, hòa giải mâu thuẫn tại khu dân cư. Các mô hình tổ tự quản, camera an ninh do người dân đóng góp "
        "lắp đặt đã phát huy hiệu quả. Công an xã, phường, đặc khu thường xuyên bám địa bàn, gần dân, sát dân. Nhờ "
        "đó, nhiều vụ việc được phát hiện và xử lý ngay từ cơ sở.",
        "Công tác quốc phòng, quân sự địa phương được triển khai toàn diện. Lễ giao nhận quân được tổ chức trang "
        "trọng, nhanh gọn, bảo đảm đủ chỉ tiêu về số lượng và chất lượng. Lực lượng dân quân tự vệ được huấn luyện "
        "thường xuyên, sẵn sàng tham gia phòng, chống thiên tai, tìm kiếm cứu nạn. Thế trận quốc phòng toàn dân gắn "
        "với thế trận an ninh nhân dân được củng cố vững chắc, nhất là tại khu vực biển đảo.",
    ],
}


PORTAL_THEMES = {
    "city": [
        "economy",
        "port",
        "investment",
        "tourism",
        "culture",
        "education",
        "health",
        "construction",
        "science",
        "administration",
        "environment",
        "social",
        "agriculture",
        "security",
    ],
    "Sở Xây dựng": ["construction", "investment", "administration", "environment", "economy"],
    "Sở Văn hóa, Thể thao và Du lịch": ["culture", "tourism", "social", "education"],
    "Sở Khoa học và Công nghệ": ["science", "administration", "economy", "education"],
    "Phường Hồng Bàng": ["administration", "social", "security", "culture", "construction", "economy"],
    "Xã An Lão": ["agriculture", "administration", "social", "security", "environment", "economy"],
    "Đặc khu Cát Hải": ["tourism", "port", "environment", "security", "administration", "agriculture"],
    "Sở Y tế": ["health", "social", "administration", "science"],
}
